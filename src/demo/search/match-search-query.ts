import type { ZendeskTicket } from '../zendesk-records';
import type { SearchQuery } from './search-query';

/** Whether a ticket answers the query. */
export function matchesSearchQuery(query: SearchQuery, ticket: ZendeskTicket): boolean {
  if (query.types.length > 0 && !query.types.includes('ticket')) return false;
  if (!query.tags.every((tag) => ticket.tags.includes(tag))) return false;
  const created = Date.parse(ticket.created_at);
  return query.created.every((range) => created >= range.from && created < range.before);
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
