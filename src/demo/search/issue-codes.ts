/** Why the demo's search refused a query; the MSW handler answers them with Zendesk's 400. */
export const SEARCH_ISSUE_CODES = [
  'empty_query',
  'unsupported_term',
  'unsupported_keyword',
  'unsupported_operator',
  'invalid_value',
  'invalid_date',
] as const;
export type SearchIssueCode = (typeof SEARCH_ISSUE_CODES)[number];
