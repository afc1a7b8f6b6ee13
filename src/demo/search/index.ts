export { SEARCH_ISSUE_CODES, type SearchIssueCode } from './issue-codes';
export {
  SEARCH_TYPES,
  parseSearchQuery,
  type SearchQuery,
  type SearchType,
  type TimeRange,
} from './search-query';
export {
  SORT_FIELDS,
  matchesSearchQuery,
  searchTicketRecords,
  type SortField,
  type SortOrder,
} from './match-search-query';
export {
  MAX_PER_PAGE,
  SEARCH_RESULT_LIMIT,
  readQuery,
  readSearchParams,
  type SearchParams,
  type SearchRefusal,
} from './read-search-params';
