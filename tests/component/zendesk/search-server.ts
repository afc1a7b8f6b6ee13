import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { generateDemoTickets } from '../../../src/demo/data';
import { AccountRateLimit, rateLimitHandler } from '../../../src/demo/msw/rate-limit';
import { createSearchHandlers } from '../../../src/demo/msw/search-handlers';
import { matchesSearchQuery, parseSearchQuery } from '../../../src/demo/search';
import { ZendeskClient } from '../../../src/zendesk';
import { type Sleep } from '../../../src/zendesk/search';
import { fetchBackedZafClient } from '../../support/fetch-backed-zaf-request';

const NOW = new Date('2026-11-26T15:00:00Z');
export const ORIGIN = 'https://handoff-demo.zendesk.test';
const TICKETS = generateDemoTickets({ now: NOW });

/** The demo's search endpoints over the generated tickets, with a log of every request. */
export function startSearchServer() {
  // The account's rate limit first, as in the local host: these tests spend a real budget too.
  const server = setupServer(
    rateLimitHandler(new AccountRateLimit()),
    ...createSearchHandlers(() => TICKETS),
  );
  const seen: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(new URL(request.url));
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());
  return { server, seen };
}

/** The real adapter over a fetch-backed stand-in for ZAF's request(). */
export function zendeskClient(): ZendeskClient {
  return new ZendeskClient(fetchBackedZafClient({ baseUrl: ORIGIN }));
}

/** A sleep that records what it was asked to wait and returns at once. */
export function recordingSleep(): { waits: number[]; sleep: Sleep } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

export function countOf(query: string): number {
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) throw new Error(`unreadable query ${query}`);
  return TICKETS.filter((ticket) => matchesSearchQuery(parsed.value, ticket)).length;
}

export const LIST_PATH = '*/api/v2/search.json';

export function answerOnce(path: string, status: number, headers: Record<string, string> = {}) {
  return http.get(path, () => HttpResponse.json({ error: 'stand-in' }, { status, headers }), {
    once: true,
  });
}
