/** The Zendesk search subset the app sends, parsed. */
export const SEARCH_TYPES = ['ticket', 'user', 'organization', 'group'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const DATE_OPERATORS = [':', '>', '>=', '<', '<='] as const;
export type DateOperator = (typeof DATE_OPERATORS)[number];

/** A half-open interval of epoch milliseconds: from <= t < before. */
export interface TimeRange {
  readonly from: number;
  readonly before: number;
}

export interface TextTerm {
  /** Lowercased words; a phrase matches them in a row, a bare word as a word or a word's prefix. */
  readonly words: readonly string[];
  readonly phrase: boolean;
  readonly negated: boolean;
}

export interface SearchQuery {
  /** OR-ed; empty means any type. */
  readonly types: readonly SearchType[];
  /**
   * OR-ed groups of AND-ed tags: `tags:a tags:b` is [[a], [b]] (either), `tags:"a b"` is [[a, b]]
   * (both), as Zendesk documents. `tags:none` is the empty group: tickets without tags.
   */
  readonly tagGroups: readonly (readonly string[])[];
  /** `-tags:x`: tickets with any of these are left out. */
  readonly excludedTags: readonly string[];
  /** AND-ed: `created>=A created<B` is a range. */
  readonly created: readonly TimeRange[];
  readonly text: readonly TextTerm[];
}
