export * from './types';
export {
  DAY_MS,
  INSIGHT_WINDOWS,
  TREND_WEEKS,
  formatUtcDay,
  insightCalendar,
  type InsightCalendar,
  type InsightWindow,
  type TrendWeekSpan,
  type UtcDay,
} from './insight-calendar';
export {
  ALL,
  RULE_FIGURES,
  figureKey,
  scopeOf,
  typeKey,
  weekKey,
  type InsightScope,
  type RuleFigure,
} from './insight-keys';
// The tags Insights counts, owned by the routing contract; re-exported for callers of stats.
export { HANDOFF_TAG, VERDICT_TAGS } from '../routing';
export {
  countQuery,
  planInsightQueries,
  scopeTag,
  typeTag,
  type InsightPlanOptions,
  type InsightQuery,
} from './plan-insight-queries';
export { computeInsights } from './compute-insights';
export { computeRuleTable, computeTotals } from './compute-rule-table';
export { computeTrend } from './compute-trend';
export { computeTypeSplit } from './compute-type-split';
export {
  tallyFallThroughIntents,
  type FallThroughIntent,
  type FallThroughTally,
} from './tally-fall-through-intents';
export {
  DEFAULT_THRESHOLDS,
  RECOMMENDATION_CODES,
  recommend,
  type Recommendation,
  type RecommendationCode,
  type RecommendationThresholds,
} from './recommend';
export {
  RULE_TABLE_COLUMNS,
  csvCell,
  ruleTableCsv,
  type RuleTableColumn,
  type RuleTableCsvOptions,
} from './rule-table-csv';
