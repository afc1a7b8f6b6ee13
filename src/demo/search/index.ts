export { type SearchIssueCode } from './issue-codes';
export {
  parseSearchQuery,
  type SearchQuery,
  type SearchType,
  type TimeRange,
} from './search-query';
export {
  matchesSearchQuery,
  searchTicketRecords,
  type SortField,
  type SortOrder,
} from './match-search-query';
export {
  SEARCH_RESULT_LIMIT,
  readSearchParams,
  type SearchParams,
  type SearchRefusal,
} from './read-search-params';
