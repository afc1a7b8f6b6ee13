import { attemptWithRetry, retryContext, type RetryOptions } from '../retry';
import { ZendeskFailure, type ZendeskError } from '../zendesk-error';
import { readSearchTicket } from './read-search-ticket';
import type { SearchClient, SearchTicket } from './search-types';

/** Zendesk's Search API pages to at most 1,000 results per query, 100 a page. */
export const SEARCH_RESULT_LIMIT = 1000;
export const SEARCH_PAGE_SIZE = 100;

export interface SearchTicketsOptions extends RetryOptions {
  /** At most this many tickets (default and ceiling 1,000). */
  readonly limit?: number;
  readonly sortBy?: 'created_at' | 'updated_at';
  readonly sortOrder?: 'asc' | 'desc';
  readonly onProgress?: (progress: {
    readonly fetched: number;
    readonly expected: number | null;
  }) => void;
}

export interface SearchTicketsOutcome {
  readonly tickets: readonly SearchTicket[];
  /** Every match Zendesk counted, including those past the limit; null before a page answered. */
  readonly count: number | null;
  /** True when every ticket up to the limit was fetched. */
  readonly complete: boolean;
  readonly failure?: ZendeskError;
  readonly cancelled: boolean;
  /** Results that were not tickets or lacked an id or date. */
  readonly skipped: number;
  readonly requests: number;
}

export interface SearchPage {
  readonly tickets: readonly SearchTicket[];
  /** Every match Zendesk counted, past the 1,000 it pages to included; null if not given. */
  readonly count: number | null;
  readonly hasNext: boolean;
  /** Results that were not tickets or lacked an id or date. */
  readonly skipped: number;
}

/**
 * One page of List Search Results, oldest first by default: `query` must be in the documented
 * syntax. The 11th page of 100 is past Zendesk's 1,000 results and would be refused with 422.
 */
export async function fetchSearchPage(
  client: SearchClient,
  query: string,
  page: number,
  sort: { readonly by: 'created_at' | 'updated_at'; readonly order: 'asc' | 'desc' } = {
    by: 'created_at',
    order: 'asc',
  },
  perPage = SEARCH_PAGE_SIZE,
): Promise<SearchPage> {
  const params = new URLSearchParams({
    query,
    sort_by: sort.by,
    sort_order: sort.order,
    page: String(page),
    per_page: String(perPage),
  });
  const url = `/api/v2/search.json?${params}`;
  const body = await client.request<unknown>({ url });
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const { results, count, next_page: nextPage } = record;
  if (!Array.isArray(results))
    throw new ZendeskFailure({ kind: 'malformed_response', operation: `GET ${url}` });
  const tickets: SearchTicket[] = [];
  for (const result of results) {
    const ticket = readSearchTicket(result);
    if (ticket !== undefined) tickets.push(ticket);
  }
  return {
    tickets,
    count: typeof count === 'number' ? count : null,
    hasNext: typeof nextPage === 'string' && nextPage !== '',
    skipped: results.length - tickets.length,
  };
}

/**
 * The newest (by default) tickets matching a query, paged through List Search Results up to a
 * limit. Resolves with what was fetched and, if a page failed for good, why; never rejects.
 */
export async function searchTickets(
  client: SearchClient,
  query: string,
  options: SearchTicketsOptions = {},
): Promise<SearchTicketsOutcome> {
  const limit = Math.max(0, Math.min(options.limit ?? SEARCH_RESULT_LIMIT, SEARCH_RESULT_LIMIT));
  const perPage = Math.min(SEARCH_PAGE_SIZE, Math.max(1, limit));
  const tickets: SearchTicket[] = [];
  let requests = 0;
  let skipped = 0;
  let count: number | null = null;
  const context = retryContext(options, { onAttempt: () => (requests += 1) });
  const outcome = (
    extra: { failure?: ZendeskError; cancelled?: boolean; complete?: boolean } = {},
  ) => ({
    tickets: tickets.slice(0, limit),
    count,
    complete: extra.complete ?? false,
    cancelled: extra.cancelled ?? false,
    skipped,
    requests,
    ...(extra.failure === undefined ? {} : { failure: extra.failure }),
  });
  for (let page = 1; tickets.length < limit && page * perPage <= SEARCH_RESULT_LIMIT; page += 1) {
    const sort = {
      by: options.sortBy ?? 'created_at',
      order: options.sortOrder ?? 'desc',
    } as const;
    const attempt = await attemptWithRetry(
      () => fetchSearchPage(client, query, page, sort, perPage),
      context,
    );
    if ('cancelled' in attempt) return outcome({ cancelled: true });
    if ('error' in attempt) return outcome({ failure: attempt.error });
    count = attempt.value.count ?? count;
    skipped += attempt.value.skipped;
    tickets.push(...attempt.value.tickets);
    options.onProgress?.({
      fetched: Math.min(tickets.length, limit),
      expected: count === null ? null : Math.min(count, limit),
    });
    const results = attempt.value.tickets.length + attempt.value.skipped;
    if (!attempt.value.hasNext || results < perPage) break;
  }
  return outcome({ complete: true });
}
