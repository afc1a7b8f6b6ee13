import { fail, issue, ok, type Issue, type Result } from '../../core/shared';
import type { SearchIssueCode } from './issue-codes';

/** The record types Zendesk search has (`type:`); the demo holds only tickets. */
const SEARCH_TYPES = ['ticket', 'user', 'organization', 'group'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A half-open interval of epoch milliseconds: from <= t < before. */
export interface TimeRange {
  readonly from: number;
  readonly before: number;
}

/**
 * A query in the subset of Zendesk's documented syntax the app sends: `type:<type>`, one
 * unquoted `tags:<tag>`, and `created>` / `created<` with bare dates, space-separated and AND-ed.
 */
export interface SearchQuery {
  readonly types: readonly SearchType[];
  /** Every one of these tags (in practice one). */
  readonly tags: readonly string[];
  /** AND-ed: `created>A created<B` is the days after A and before B. */
  readonly created: readonly TimeRange[];
}

const DAY_MS = 86_400_000;
const TERM = /^([a-z_]+)(>=|<=|:|>|<)(.+)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TAG = /^[a-z0-9_]+$/;

function calendarDay(value: string): number | undefined {
  const match = DATE.exec(value);
  if (match === null) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2026-02-30 over to March: a real day formats back to itself.
  return new Date(ms).toISOString().slice(0, 10) === value ? ms : undefined;
}

type Draft = { types: SearchType[]; tags: string[]; created: TimeRange[] };

function readTerm(draft: Draft, raw: string, index: number): Issue<SearchIssueCode> | undefined {
  const path = ['query', index];
  const match = TERM.exec(raw);
  // Free text, quotes, negation, >=, <= and relative dates are left out on purpose: the app does
  // not send them, and where Zendesk documents them loosely the demo would only be guessing.
  if (match === null) return issue('unsupported_term', path, { term: raw });
  const [, keyword = '', op = '', value = ''] = match;
  if (keyword === 'type' && op === ':') {
    if (!(SEARCH_TYPES as readonly string[]).includes(value))
      return issue('invalid_value', path, { term: raw, keyword });
    draft.types.push(value as SearchType);
    return undefined;
  }
  if (keyword === 'tags' && op === ':') {
    if (!TAG.test(value)) return issue('invalid_value', path, { term: raw, keyword });
    draft.tags.push(value);
    return undefined;
  }
  if (keyword === 'created' && (op === '>' || op === '<')) {
    const day = calendarDay(value);
    if (day === undefined) return issue('invalid_date', path, { term: raw });
    // A bare date is the whole day (in the account's time zone, UTC here): `created>D` starts
    // the day after D, `created<D` ends before D.
    draft.created.push(
      op === '>' ? { from: day + DAY_MS, before: Infinity } : { from: -Infinity, before: day },
    );
    return undefined;
  }
  if (keyword === 'type' || keyword === 'tags' || keyword === 'created')
    return issue('unsupported_operator', path, { term: raw, operator: op });
  return issue('unsupported_keyword', path, { term: raw, keyword });
}

/** Reads a query of the subset above, listing every issue; never throws. */
export function parseSearchQuery(text: string): Result<SearchQuery, SearchIssueCode> {
  const terms = text.split(/\s+/).filter((term) => term !== '');
  if (terms.length === 0) return fail([issue('empty_query', ['query'])]);
  const draft: Draft = { types: [], tags: [], created: [] };
  const issues = terms
    .map((term, index) => readTerm(draft, term, index))
    .filter((found) => found !== undefined);
  return issues.length > 0 ? fail(issues) : ok(draft);
}
