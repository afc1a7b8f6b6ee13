import type { Rule } from '../routing';
import { anyMissing, countOf, ratio, sum } from './figure-math';
import { ALL, figureKey, scopeOf, type InsightScope } from './insight-keys';
import type {
  AnsweredCounts,
  Figure,
  HitFigures,
  RuleFigures,
  TotalFigures,
  VerdictFigures,
} from './types';

interface ScopeCounts {
  readonly hits: HitFigures;
  readonly verdicts: VerdictFigures;
  readonly partial: boolean;
}

function scopeCounts(counts: AnsweredCounts, scope: InsightScope): ScopeCounts {
  const hits = {
    days7: countOf(counts, figureKey(scope, 'days7')),
    days30: countOf(counts, figureKey(scope, 'days30')),
    days90: countOf(counts, figureKey(scope, 'days90')),
  };
  const needed = countOf(counts, figureKey(scope, 'needed'));
  const unneeded = countOf(counts, figureKey(scope, 'unneeded'));
  const judged = sum(needed, unneeded);
  return {
    hits,
    verdicts: { needed, unneeded, judged, precision: ratio(needed, judged) },
    partial: anyMissing(hits.days7, hits.days30, hits.days90, needed, unneeded),
  };
}

/** One row per rule of the set, in the set's (priority) order. */
export function computeRuleTable(rules: readonly Rule[], counts: AnsweredCounts): RuleFigures[] {
  const all90 = countOf(counts, figureKey(ALL, 'days90'));
  return rules.map((rule) => {
    const own = scopeCounts(counts, scopeOf(rule.id));
    return {
      ruleId: rule.id,
      label: rule.label,
      type: rule.type,
      enabled: rule.enabled,
      hits: own.hits,
      ...own.verdicts,
      share: ratio(own.hits.days90, all90),
      // A missing total blanks only the share, which the UI shows as unknown.
      partial: own.partial,
    };
  });
}

export function computeTotals(rows: readonly RuleFigures[], counts: AnsweredCounts): TotalFigures {
  const all = scopeCounts(counts, ALL);
  const byRules = rows.reduce<Figure>((total, row) => sum(total, row.hits.days90), 0);
  const otherRules =
    all.hits.days90 === null || byRules === null ? null : Math.max(0, all.hits.days90 - byRules);
  return {
    hits: all.hits,
    ...all.verdicts,
    judgedShare: ratio(all.verdicts.judged, all.hits.days90),
    otherRules,
    partial: all.partial,
  };
}
