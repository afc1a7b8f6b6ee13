export { abortableSleep } from './abortable-sleep';
export { searchCount, searchCountUrl } from './search-count';
export {
  DEFAULT_CONCURRENCY,
  runCountPlan,
  type CountPlanEntry,
  type CountPlanOutcome,
  type PlanProgress,
  type RunCountPlanOptions,
} from './run-count-plan';
export {
  SEARCH_PAGE_SIZE,
  SEARCH_RESULT_LIMIT,
  searchTickets,
  type SearchTicketsOptions,
  type SearchTicketsOutcome,
} from './search-tickets';
export { customFieldValue, readSearchTicket } from './read-search-ticket';
export { loadInsights, type InsightsLoad, type LoadInsightsOptions } from './load-insights';
export {
  DEFAULT_RETRY_POLICY,
  type RetryOptions,
  type RetryPolicy,
  type SearchClient,
  type SearchTicket,
  type Sleep,
} from './search-types';
