import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insightCalendar, recordWindows } from '../../../src/core/insights';
import { AccountRateLimit, rateLimitHandler } from '../../../src/demo/msw/rate-limit';
import { createSearchHandlers } from '../../../src/demo/msw/search-handlers';
import type { ZendeskTicket } from '../../../src/demo/zendesk-records';
import { ZendeskClient } from '../../../src/zendesk';
import { createRequestPacer, loadHandoffs, windowQuery } from '../../../src/zendesk/search';
import { fetchBackedZafClient } from '../../support/fetch-backed-zaf-request';

const ORIGIN = 'https://handoff-demo.zendesk.test';
const NOW = new Date('2026-11-26T15:00:00Z');
const { today } = insightCalendar(NOW);
const WINDOWS = recordWindows(NOW);

let tickets: ZendeskTicket[] = [];
const queries: string[] = [];
const server = setupServer(
  rateLimitHandler(new AccountRateLimit()),
  ...createSearchHandlers(() => tickets),
);
server.events.on('request:start', ({ request }) => {
  queries.push(new URL(request.url).searchParams.get('query') ?? '');
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  queries.length = 0;
});
afterAll(() => server.close());

const client = () => new ZendeskClient(fetchBackedZafClient({ baseUrl: ORIGIN }));

/** `n` handoffs spread over the hours of `day`. */
function onDay(day: string, n: number, firstId: number): ZendeskTicket[] {
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.parse(`${day}T00:00:00Z`) + Math.floor((i * 86_399_000) / n));
    const created = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id: firstId + i,
      subject: 'Handoff',
      status: 'open',
      created_at: created,
      updated_at: created,
      requester_id: 1,
      tags: ['handoff', 'handoff_rule_refund'],
      custom_fields: [{ id: 7, value: '{"x":1}' }],
    };
  });
}

describe('loadHandoffs', () => {
  it('reads each window with one documented query, and every handoff once with its field', async () => {
    tickets = WINDOWS.flatMap((w, i) => onDay(w.start, 30, 1000 * (i + 1)));
    const outcome = await loadHandoffs(client(), { windows: WINDOWS, today, contextFieldId: 7 });
    expect(outcome.failed).toEqual([]);
    expect(outcome.requests).toBe(WINDOWS.length);
    expect(new Set(queries)).toEqual(new Set(WINDOWS.map((w) => windowQuery(w, today))));
    const records = outcome.read.flatMap((read) => read.records);
    expect(records).toHaveLength(tickets.length);
    expect(records[0]).toMatchObject({
      tags: ['handoff', 'handoff_rule_refund'],
      contextField: '{"x":1}',
    });
  });

  it('splits a window past the 1,000 results a query can page, and reads both halves whole', async () => {
    const week = WINDOWS[5] ?? { start: '', end: '' };
    tickets = [...onDay(week.start, 700, 1), ...onDay(week.end, 700, 5000)];
    const outcome = await loadHandoffs(client(), { windows: [week], today });
    expect(outcome.failed).toEqual([]);
    expect(outcome.read.flatMap((read) => read.records)).toHaveLength(1400);
    // The first page saw 1,400 and gave up on the week; each half then took 7 pages.
    expect(queries).toHaveLength(1 + 7 + 7);
  });

  it('gives up on a single day of more than 1,000, and says so', async () => {
    const week = WINDOWS[5] ?? { start: '', end: '' };
    tickets = onDay(week.start, 1100, 1);
    const outcome = await loadHandoffs(client(), { windows: [week], today });
    expect(outcome.failed).toContainEqual({
      window: { start: week.start, end: week.start },
      problem: { kind: 'too_many' },
    });
  });

  it('never sends more requests than its budget, and names the windows it left unread', async () => {
    tickets = WINDOWS.flatMap((w, i) => onDay(w.start, 30, 1000 * (i + 1)));
    const outcome = await loadHandoffs(client(), { windows: WINDOWS, today, maxRequests: 5 });
    expect(queries).toHaveLength(5);
    expect(outcome.requests).toBe(5);
    expect(outcome.read).toHaveLength(5);
    expect(outcome.failed).toHaveLength(WINDOWS.length - 5);
    expect(outcome.failed.every((failure) => failure.problem.kind === 'budget')).toBe(true);
    // Newest first: what is left unread is the oldest.
    expect(outcome.read.map((read) => read.window.start).sort()).toEqual(
      WINDOWS.slice(-5).map((w) => w.start),
    );
  });

  it('stops when cancelled, reporting the cancellation', async () => {
    tickets = WINDOWS.flatMap((w, i) => onDay(w.start, 30, 1000 * (i + 1)));
    const controller = new AbortController();
    const outcome = await loadHandoffs(client(), {
      windows: WINDOWS,
      today,
      pacer: createRequestPacer({ perMinute: 50, concurrency: 1 }),
      signal: controller.signal,
      onProgress: ({ done }) => done === 2 && controller.abort(),
    });
    expect(outcome.cancelled).toBe(true);
    expect(queries.length).toBeLessThan(WINDOWS.length);
  });
});
