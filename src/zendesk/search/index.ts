// Search's waits and retries come from the adapter's one retry helper; named here for its callers.
export { type Sleep } from '../abortable-sleep';
export type { RetryOptions, RetryPolicy } from '../retry';
export { createRequestPacer, type RequestPacer } from '../request-pacer';
export {
  fetchSearchPage,
  searchTickets,
  type SearchPage,
  type SearchTicketsOptions,
  type SearchTicketsOutcome,
} from './search-tickets';
export { customFieldValue } from './read-search-ticket';
export {
  LOAD_REQUEST_BUDGET,
  loadHandoffs,
  windowQuery,
  type LoadHandoffsOptions,
  type LoadHandoffsOutcome,
  type WindowFailure,
  type WindowProblem,
  type WindowRead,
} from './load-handoffs';
export type { SearchClient, SearchTicket } from './search-types';
