export * from './types.js';
export {
  addDays,
  insightCalendar,
  recordWindows,
  type InsightCalendar,
  type InsightWindow,
  type TrendWeekSpan,
  type UtcDay,
} from './insight-calendar.js';
// The tags Insights counts, owned by the routing contract; re-exported for callers of insights.
export { computeInsights, type InsightsInput } from './compute-insights.js';
export { type PlacedHandoff } from './place-handoff.js';
export {
  tallyFallThroughIntents,
  type FallThroughIntent,
  type FallThroughTally,
} from './tally-fall-through-intents.js';
export {
  DEFAULT_THRESHOLDS,
  RECOMMENDATION_CODES,
  recommend,
  type Recommendation,
  type RecommendationCode,
  type RecommendationThresholds,
} from './recommend.js';
export {
  RULE_TABLE_COLUMNS,
  csvCell,
  ruleTableCsv,
  type RuleTableColumn,
  type RuleTableCsvWords,
} from './rule-table-csv.js';
export {
  conversationFromPackage,
  tallyBackTest,
  type BackTestReport,
  type BackTestRow,
  type BackTestTicket,
  type ChangedTicket,
} from './back-test.js';
