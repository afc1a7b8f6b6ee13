import type { RuleSet } from '../routing';
import { computeRuleTable, computeTotals } from './compute-rule-table';
import { computeTrend } from './compute-trend';
import { computeTypeSplit } from './compute-type-split';
import { countOf } from './figure-math';
import { insightCalendar } from './insight-calendar';
import { planInsightQueries, type InsightPlanOptions } from './plan-insight-queries';
import type { AnsweredCounts, InsightFigures } from './types';

/**
 * Every Insights figure from the answered counts of `planInsightQueries(ruleSet, now, options)`.
 * Counts missing from `counts` (failed, cancelled, malformed) leave their figures null and mark
 * them partial; the rest are exact.
 */
export function computeInsights(
  ruleSet: RuleSet,
  counts: AnsweredCounts,
  now: Date,
  options: InsightPlanOptions = {},
): InsightFigures {
  const calendar = insightCalendar(now);
  const missing = planInsightQueries(ruleSet, now, options)
    .map((entry) => entry.key)
    .filter((key) => countOf(counts, key) === null);
  const rules = computeRuleTable(ruleSet.rules, counts);
  const trendRuleIds = ruleSet.rules
    .map((rule) => rule.id)
    .filter((id) => options.trendRuleIds?.includes(id) ?? true);
  return {
    asOf: calendar.asOf,
    today: calendar.today,
    windowStart: {
      days7: calendar.windowStart[7],
      days30: calendar.windowStart[30],
      days90: calendar.windowStart[90],
    },
    rules,
    totals: computeTotals(rules, counts),
    trend: computeTrend(trendRuleIds, counts, now),
    types: computeTypeSplit(counts),
    partial: missing.length > 0,
    missing,
  };
}
