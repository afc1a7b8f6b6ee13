/** Why the demo's search refused a query; the MSW handler answers them with Zendesk's 400. */
export const SEARCH_ISSUE_CODES = [
  'empty_query',
  'unterminated_quote',
  'missing_value',
  'unsupported_keyword',
  'unsupported_operator',
  'unsupported_negation',
  'invalid_value',
  'invalid_date',
  'relative_date_unsupported',
] as const;
export type SearchIssueCode = (typeof SEARCH_ISSUE_CODES)[number];
