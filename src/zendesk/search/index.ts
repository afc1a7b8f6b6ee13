// Search's waits and retries come from the adapter's one retry helper; named here for its callers.
export { abortableSleep, type Sleep } from '../abortable-sleep';
export type { RetryOptions, RetryPolicy } from '../retry';
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
export type { SearchClient, SearchTicket } from './search-types';
