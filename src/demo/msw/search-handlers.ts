import { http, HttpResponse, type RequestHandler } from 'msw';
import { SEARCH_RESULT_LIMIT, readSearchParams, searchTicketRecords } from '../search';
import type { ZendeskTicket } from '../zendesk-records';

function pageUrl(request: URL, page: number): string {
  const url = new URL(request);
  url.searchParams.set('page', String(page));
  return url.toString();
}

/**
 * Zendesk's List Search Results endpoint over the demo tickets as the search index has them
 * (changes reach it late, as on Zendesk): every query in the documented syntax the app sends is
 * evaluated, so every figure the app derives can be checked against the tickets themselves.
 * Any origin matches because the app's requests are relative URLs.
 */
export function createSearchHandlers(getTickets: () => readonly ZendeskTicket[]): RequestHandler[] {
  return [
    http.get('*/api/v2/search.json', ({ request }) => {
      const url = new URL(request.url);
      const params = readSearchParams(url.searchParams);
      if ('status' in params) return HttpResponse.json(params.body, { status: params.status });
      const found = searchTicketRecords(getTickets(), params.query, params.sort);
      const start = (params.page - 1) * params.perPage;
      const reachable = Math.min(found.length, SEARCH_RESULT_LIMIT);
      const results = found
        .slice(start, Math.min(start + params.perPage, reachable))
        .map((ticket) => ({
          ...ticket,
          url: `${url.origin}/api/v2/tickets/${ticket.id}.json`,
          result_type: 'ticket',
        }));
      return HttpResponse.json({
        results,
        facets: null,
        next_page: start + params.perPage < reachable ? pageUrl(url, params.page + 1) : null,
        previous_page: params.page > 1 ? pageUrl(url, params.page - 1) : null,
        count: found.length,
      });
    }),
  ];
}
