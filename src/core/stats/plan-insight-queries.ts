import { TRIGGER_TYPES, type TriggerType } from '../contract';
import { HANDOFF_TAG, VERDICT_TAGS, ruleTag, ruleTypeTag, type RuleSet } from '../routing';
import { insightCalendar, type UtcDay } from './insight-calendar';
import { ALL, figureKey, scopeOf, typeKey, weekKey, type InsightScope } from './insight-keys';

export interface InsightQuery {
  readonly key: string;
  /** A Zendesk search query for the Search count endpoint. */
  readonly query: string;
}

export interface InsightPlanOptions {
  /**
   * Rules whose weekly trend is counted (default: every rule). Each rule's trend costs 11
   * queries, the bulk of a plan, so a page can ask for the overall trend first and a rule's on demand.
   */
  readonly trendRuleIds?: readonly string[];
}

/** The tag on every handoff a trigger of this type fired (the routing core builds it). */
export function typeTag(type: TriggerType): string {
  return ruleTypeTag(type);
}

export function scopeTag(scope: InsightScope): string {
  return scope.kind === 'all' ? HANDOFF_TAG : ruleTag(scope.ruleId);
}

/**
 * Repeated `tags:` terms are OR-ed by Zendesk search; a quoted list is AND-ed
 * (`tags:"handoff_rule_refund handoff_needed"` is tickets carrying both).
 */
export function countQuery(tags: readonly string[], from: UtcDay, before?: UtcDay): string {
  const tagTerm = tags.length === 1 ? `tags:${tags[0] ?? ''}` : `tags:"${tags.join(' ')}"`;
  const range = before === undefined ? `created>=${from}` : `created>=${from} created<${before}`;
  return `type:ticket ${tagTerm} ${range}`;
}

function scopeQueries(scope: InsightScope, now: Date, withTrend: boolean): InsightQuery[] {
  const calendar = insightCalendar(now);
  const tag = scopeTag(scope);
  const since90 = calendar.windowStart[90];
  const queries: InsightQuery[] = [
    { key: figureKey(scope, 'days7'), query: countQuery([tag], calendar.windowStart[7]) },
    { key: figureKey(scope, 'days30'), query: countQuery([tag], calendar.windowStart[30]) },
    { key: figureKey(scope, 'days90'), query: countQuery([tag], since90) },
    { key: figureKey(scope, 'needed'), query: countQuery([tag, VERDICT_TAGS.needed], since90) },
    { key: figureKey(scope, 'unneeded'), query: countQuery([tag, VERDICT_TAGS.unneeded], since90) },
  ];
  if (withTrend) {
    for (const week of calendar.weeks.slice(1)) {
      queries.push({
        key: weekKey(scope, week.index),
        query: countQuery([tag], week.start, week.before),
      });
    }
  }
  return queries;
}

/**
 * The Search count queries behind every Insights figure, as few as the figures allow.
 *
 * Per rule (enabled or not, so a rule switched off recently still shows its history): hits in
 * the last 7, 30 and 90 days, needed and unneeded verdicts in the last 90 days, and weeks 1..11
 * of the trend (week 0 is the 7-day count): 16 queries, or 5 without its trend. Overall the same
 * 16 on the `handoff` tag (rules removed from the set still count there) plus one 90-day count per
 * trigger type: 20. So a set of R rules costs 16R + 20 queries: 116 for the six default rules.
 * Shares, precision and the type split are arithmetic on these; nothing is paged.
 */
export function planInsightQueries(
  ruleSet: RuleSet,
  now: Date,
  options: InsightPlanOptions = {},
): InsightQuery[] {
  const trendFor = options.trendRuleIds === undefined ? undefined : new Set(options.trendRuleIds);
  const plan: InsightQuery[] = scopeQueries(ALL, now, true);
  for (const rule of ruleSet.rules) {
    plan.push(...scopeQueries(scopeOf(rule.id), now, trendFor?.has(rule.id) ?? true));
  }
  const since90 = insightCalendar(now).windowStart[90];
  for (const type of TRIGGER_TYPES) {
    plan.push({ key: typeKey(type), query: countQuery([typeTag(type)], since90) });
  }
  // A hand-made set with a repeated id would ask twice for the same figure.
  const seen = new Set<string>();
  return plan.filter((entry) => !seen.has(entry.key) && seen.add(entry.key));
}
