import { parseContextPackage, TRIGGER_TYPES, type TriggerType } from '../contract/index.js';
import { type RuleSet } from '../routing/index.js';
import { ratio } from './figure-math.js';
import { insightCalendar, type UtcDay } from './insight-calendar.js';
import { placeHandoffs, removedRowKey, UNTAGGED_ROW, type PlacedHandoff } from './place-handoff.js';
import { DEFAULT_THRESHOLDS } from './recommend.js';
import { tallyFallThroughIntents } from './tally-fall-through-intents.js';
import type {
  Figure,
  HandoffRecord,
  HitFigures,
  InsightFigures,
  RecordWindow,
  RuleFigures,
  TrendWeek,
  TypeSplit,
  TypeSplitKey,
  VerdictFigures,
} from './types.js';

export interface InsightsInput {
  readonly ruleSet: RuleSet;
  readonly now: Date;
  /** Every handoff read, from the windows that were read. */
  readonly records: readonly HandoffRecord[];
  /** Windows that could not be read (failed, over budget, cancelled). */
  readonly missing: readonly RecordWindow[];
  /** Whether the context field was known, so packages were read for the intents. */
  readonly intentsRead: boolean;
  /**
   * The last label each rule had in the revision history, by the tag value of its id: for rules
   * no longer in the set. Without one, the label their newest context package gives is used.
   */
  readonly pastLabels?: Readonly<Record<string, string>>;
  /** A precision is shown from this many verdicts on. */
  readonly minJudged?: number;
}

/** Whether the days [from, to] are all read: no missing window overlaps them. */
function coveredBy(missing: readonly RecordWindow[]) {
  return (from: UtcDay, to: UtcDay) => !missing.some((w) => w.start <= to && w.end >= from);
}

function count(items: readonly PlacedHandoff[], from: UtcDay, to: UtcDay, isRead: boolean): Figure {
  if (!isRead) return null;
  return items.filter((item) => item.day >= from && item.day <= to).length;
}

function verdictFigures(
  items: readonly PlacedHandoff[],
  isRead: boolean,
  minJudged: number,
): VerdictFigures {
  if (!isRead) {
    return {
      needed: null,
      unneeded: null,
      judged: null,
      precision: null,
      precisionWithheld: false,
    };
  }
  const needed = items.filter((item) => item.verdict === 'needed').length;
  const unneeded = items.filter((item) => item.verdict === 'unneeded').length;
  const judged = needed + unneeded;
  const precisionWithheld = judged < minJudged;
  return {
    needed,
    unneeded,
    judged,
    precision: precisionWithheld ? null : ratio(needed, judged),
    precisionWithheld,
  };
}

/** The label the newest of a removed rule's packages gives it ("as the rule was named then"). */
function labelFromPackages(items: readonly PlacedHandoff[]): string | undefined {
  const newestFirst = [...items].sort((a, b) => (a.record.createdAt < b.record.createdAt ? 1 : -1));
  for (const item of newestFirst) {
    const parsed = parseContextPackage(item.record.contextField);
    const label = parsed.ok ? parsed.value.trigger.label?.trim() : undefined;
    if (label !== undefined && label !== '') return label;
  }
  return undefined;
}

/** The type a removed rule's handoffs were tagged with most, if any. */
function commonType(items: readonly PlacedHandoff[]): TriggerType | undefined {
  const tally = TRIGGER_TYPES.map((type) => ({
    type,
    n: items.filter((item) => item.type === type).length,
  })).sort((a, b) => b.n - a.n);
  const top = tally[0];
  return top === undefined || top.n === 0 ? undefined : top.type;
}

/**
 * Every Insights figure, counted from the handoffs read. Pure: the same records give the same
 * figures. A figure whose days include a window that was not read is `null`, never an undercount.
 */
export function computeInsights(input: InsightsInput): InsightFigures {
  const { ruleSet, now, missing } = input;
  const calendar = insightCalendar(now);
  const { today } = calendar;
  const isRead = coveredBy(missing);
  const minJudged = input.minJudged ?? DEFAULT_THRESHOLDS.minJudged;
  const start = {
    days7: calendar.windowStart[7],
    days30: calendar.windowStart[30],
    days90: calendar.windowStart[90],
  };
  const placed = placeHandoffs(input.records, ruleSet.rules).filter(
    (item) => item.day >= start.days90 && item.day <= today,
  );
  const all90Read = isRead(start.days90, today);
  const hitsOf = (items: readonly PlacedHandoff[]): HitFigures => ({
    days7: count(items, start.days7, today, isRead(start.days7, today)),
    days30: count(items, start.days30, today, isRead(start.days30, today)),
    days90: count(items, start.days90, today, all90Read),
  });
  const totalHits = hitsOf(placed);
  const rowOf = (key: string) => placed.filter((item) => item.row === key);
  const figuresOf = (items: readonly PlacedHandoff[]) => {
    const hits = hitsOf(items);
    return {
      hits,
      ...verdictFigures(items, all90Read, minJudged),
      share: ratio(hits.days90, totalHits.days90),
    };
  };

  const rows: RuleFigures[] = ruleSet.rules.map((rule) => ({
    kind: 'rule',
    ruleId: rule.id,
    label: rule.label,
    type: rule.type,
    enabled: rule.enabled,
    ...figuresOf(rowOf(rule.id)),
  }));
  const removedIds = [...new Set(placed.map((item) => item.row))]
    .filter((key) => key.startsWith('removed:'))
    .map((key) => key.slice('removed:'.length))
    .sort();
  for (const tagId of removedIds) {
    const items = rowOf(removedRowKey(tagId));
    const label = input.pastLabels?.[tagId] ?? labelFromPackages(items);
    const type = commonType(items);
    rows.push({
      kind: 'removed',
      ruleId: tagId,
      ...(label === undefined ? {} : { label }),
      ...(type === undefined ? {} : { type }),
      enabled: false,
      ...figuresOf(items),
    });
  }
  const untagged = rowOf(UNTAGGED_ROW);
  if (untagged.length > 0)
    rows.push({ kind: 'untagged', ruleId: '', enabled: false, ...figuresOf(untagged) });

  const verdicts = verdictFigures(placed, all90Read, minJudged);
  const weeks: TrendWeek[] = [...calendar.weeks].reverse().map((span) => {
    const weekRead = isRead(span.start, span.end);
    const rules: Record<string, Figure> = {};
    for (const rule of ruleSet.rules)
      rules[rule.id] = count(rowOf(rule.id), span.start, span.end, weekRead);
    return {
      start: span.start,
      end: span.end,
      overall: count(placed, span.start, span.end, weekRead),
      rules,
    };
  });
  const typeKeys: readonly TypeSplitKey[] = [...TRIGGER_TYPES, 'unknown'];
  const types: TypeSplit = {
    types: typeKeys
      .map((type) => {
        const n: Figure = all90Read ? placed.filter((item) => item.type === type).length : null;
        return { type, count: n, share: ratio(n, totalHits.days90) };
      })
      .filter((entry) => entry.type !== 'unknown' || (entry.count ?? 0) > 0),
    total: totalHits.days90,
  };
  const fallback = placed.filter((item) => item.type === 'confidence');
  return {
    asOf: calendar.asOf,
    today,
    windowStart: start,
    rows,
    totals: { hits: totalHits, ...verdicts, judgedShare: ratio(verdicts.judged, totalHits.days90) },
    trend: { weeks, ruleIds: ruleSet.rules.map((rule) => rule.id) },
    types,
    ...(input.intentsRead
      ? { intents: tallyFallThroughIntents(fallback.map((item) => item.record.contextField)) }
      : {}),
    missing: [...missing].sort((a, b) => (a.start < b.start ? -1 : 1)),
    partial: missing.length > 0,
  };
}
