import { fail, issue, ok, type Issue, type Result } from '../../core/shared';
import type { SearchIssueCode } from './issue-codes';
import { readDateTerm } from './parse-search-date';
import {
  SEARCH_TYPES,
  type DateOperator,
  type SearchQuery,
  type SearchType,
  type TextTerm,
  type TimeRange,
} from './search-query';
import {
  searchWords,
  tokenizeSearchQuery,
  unquote,
  type QueryToken,
} from './tokenize-search-query';

type SearchIssue = Issue<SearchIssueCode>;

const PROPERTY = /^([a-z_]+)(>=|<=|:|>|<)(.*)$/i;

interface Draft {
  types: SearchType[];
  tagGroups: string[][];
  excludedTags: string[];
  created: TimeRange[];
  text: TextTerm[];
}

function isSearchType(value: string): value is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value);
}

function readProperty(
  draft: Draft,
  token: QueryToken,
  negated: boolean,
  [keyword, op, rawValue]: [string, string, string],
): SearchIssue | undefined {
  const path = ['query', token.index];
  const term = { term: token.raw };
  const { text: value, quoted } = unquote(rawValue);
  if (value.trim() === '') return issue('missing_value', path, term);
  const name = keyword.toLowerCase();
  if (name !== 'type' && name !== 'tags' && name !== 'created') {
    return issue('unsupported_keyword', path, { ...term, keyword: name });
  }
  if (name === 'created') {
    if (negated) return issue('unsupported_negation', path, term);
    const reading = readDateTerm(op as DateOperator, value);
    if ('range' in reading) draft.created.push(reading.range);
    else if (reading.problem === 'relative') return issue('relative_date_unsupported', path, term);
    else return issue('invalid_date', path, term);
    return undefined;
  }
  if (op !== ':') return issue('unsupported_operator', path, { ...term, operator: op });
  if (name === 'type') {
    const type = value.toLowerCase();
    if (negated) return issue('unsupported_negation', path, term);
    if (!isSearchType(type)) return issue('invalid_value', path, { ...term, keyword: name });
    draft.types.push(type);
    return undefined;
  }
  const tags = value.toLowerCase().split(/\s+/).filter(Boolean);
  if (negated) {
    if (quoted && tags.length > 1) return issue('unsupported_negation', path, term);
    draft.excludedTags.push(...tags);
  } else {
    draft.tagGroups.push(tags.length === 1 && tags[0] === 'none' && !quoted ? [] : tags);
  }
  return undefined;
}

function readToken(draft: Draft, token: QueryToken): SearchIssue | undefined {
  const negated = token.raw.length > 1 && token.raw.startsWith('-');
  const body = negated ? token.raw.slice(1) : token.raw;
  const property = PROPERTY.exec(body);
  if (property !== null) {
    const [, keyword = '', op = '', value = ''] = property;
    return readProperty(draft, token, negated, [keyword, op, value]);
  }
  const { text, quoted } = unquote(body);
  const words = searchWords(text);
  if (words.length > 0) draft.text.push({ words, phrase: quoted, negated });
  return undefined;
}

/**
 * Reads the search subset the app uses (`type:`, `tags:`, `-tags:`, `created` with `:`, `>`,
 * `>=`, `<`, `<=`, free text matched against the subject), listing every issue; never throws.
 */
export function parseSearchQuery(text: string): Result<SearchQuery, SearchIssueCode> {
  const tokens = tokenizeSearchQuery(text);
  if (tokens === undefined) return fail([issue('unterminated_quote', ['query'])]);
  if (tokens.length === 0) return fail([issue('empty_query', ['query'])]);
  const draft: Draft = { types: [], tagGroups: [], excludedTags: [], created: [], text: [] };
  const issues = tokens
    .map((token) => readToken(draft, token))
    .filter((found) => found !== undefined);
  return issues.length > 0 ? fail(issues) : ok(draft);
}
