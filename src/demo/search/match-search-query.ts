import type { ZendeskTicket } from '../zendesk-records';
import type { SearchQuery, TextTerm } from './search-query';
import { searchWords } from './tokenize-search-query';

function hasRun(haystack: readonly string[], words: readonly string[]): boolean {
  for (let start = 0; start + words.length <= haystack.length; start += 1) {
    if (words.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

function textMatches(term: TextTerm, subject: readonly string[]): boolean {
  const found = term.phrase
    ? hasRun(subject, term.words)
    : term.words.every((word) => subject.some((candidate) => candidate.startsWith(word)));
  return found !== term.negated;
}

/** Whether a ticket record answers the query, as Zendesk search would for this subset. */
export function matchesSearchQuery(query: SearchQuery, ticket: ZendeskTicket): boolean {
  if (query.types.length > 0 && !query.types.includes('ticket')) return false;
  const tags = new Set(ticket.tags.map((tag) => tag.toLowerCase()));
  if (query.excludedTags.some((tag) => tags.has(tag))) return false;
  const tagged =
    query.tagGroups.length === 0 ||
    query.tagGroups.some((group) =>
      group.length === 0 ? tags.size === 0 : group.every((tag) => tags.has(tag)),
    );
  if (!tagged) return false;
  const created = Date.parse(ticket.created_at);
  if (!query.created.every((range) => created >= range.from && created < range.before))
    return false;
  const subject = searchWords(ticket.subject);
  return query.text.every((term) => textMatches(term, subject));
}

export const SORT_FIELDS = ['created_at', 'updated_at'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortOrder = 'asc' | 'desc';

/** The matching tickets, sorted when asked (ties by id), else in the order given. */
export function searchTicketRecords(
  tickets: readonly ZendeskTicket[],
  query: SearchQuery,
  sort?: { readonly by: SortField; readonly order: SortOrder },
): ZendeskTicket[] {
  const found = tickets.filter((ticket) => matchesSearchQuery(query, ticket));
  if (sort === undefined) return found;
  const direction = sort.order === 'asc' ? 1 : -1;
  return found.sort(
    (a, b) =>
      direction * (Date.parse(a[sort.by]) - Date.parse(b[sort.by])) || direction * (a.id - b.id),
  );
}
