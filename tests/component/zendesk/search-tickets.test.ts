import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { customFieldValue, searchTickets } from '../../../src/zendesk/search';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import { parseContextPackage } from '../../../src/core/contract';
import {
  answerOnce,
  countOf,
  LIST_PATH,
  recordingSleep,
  startSearchServer,
  zendeskClient,
} from './search-server';

const { server, seen } = startSearchServer();
const HANDOFFS = 'type:ticket tags:handoff';
const FALLBACK = 'type:ticket tags:handoff_type_confidence';

describe('searchTickets through the real ZendeskClient', () => {
  it('pages the newest matches 100 at a time until they run out', async () => {
    const outcome = await searchTickets(zendeskClient(), FALLBACK);
    const expected = countOf(FALLBACK);
    expect(outcome).toMatchObject({
      complete: true,
      count: expected,
      skipped: 0,
      cancelled: false,
    });
    expect(outcome.tickets).toHaveLength(expected);
    expect(outcome.requests).toBe(Math.ceil(expected / 100));
    const created = outcome.tickets.map((t) => t.created_at);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('asks for the parameters Zendesk documents', async () => {
    await searchTickets(zendeskClient(), FALLBACK, { limit: 100 });
    expect(Object.fromEntries(seen[0]?.searchParams ?? [])).toEqual({
      query: FALLBACK,
      sort_by: 'created_at',
      sort_order: 'desc',
      page: '1',
      per_page: '100',
    });
  });

  it('stops at the limit', async () => {
    const outcome = await searchTickets(zendeskClient(), HANDOFFS, { limit: 150 });
    expect(outcome.tickets).toHaveLength(150);
    expect(outcome).toMatchObject({ complete: true, requests: 2, count: countOf(HANDOFFS) });
  });

  it('never pages past the 1,000-result cap, whatever limit it is given', async () => {
    server.use(
      http.get(LIST_PATH, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        const results = Array.from({ length: 100 }, (_, i) => ({
          id: page * 1000 + i,
          result_type: 'ticket',
          created_at: '2026-11-01T00:00:00Z',
        }));
        return HttpResponse.json({ results, count: 5000, next_page: `${request.url}&more` });
      }),
    );
    const outcome = await searchTickets(zendeskClient(), HANDOFFS, { limit: 5000 });
    expect(outcome).toMatchObject({ complete: true, count: 5000, requests: 10 });
    expect(outcome.tickets).toHaveLength(1000);
    expect(seen.map((url) => url.searchParams.get('page'))).toEqual(
      Array.from({ length: 10 }, (_, i) => String(i + 1)),
    );
  });

  it('keeps the custom fields, so packages can be read from them', async () => {
    const { tickets } = await searchTickets(zendeskClient(), FALLBACK, { limit: 5 });
    const first = tickets[0];
    expect(
      first === undefined
        ? undefined
        : parseContextPackage(customFieldValue(first, DEMO_ACCOUNT.contextFieldId)).ok,
    ).toBe(true);
  });

  it('retries a 429 and a 500 on a page, then completes', async () => {
    server.use(answerOnce(LIST_PATH, 429, { 'Retry-After': '3' }), answerOnce(LIST_PATH, 500));
    const { waits, sleep } = recordingSleep();
    const outcome = await searchTickets(zendeskClient(), FALLBACK, { sleep });
    expect(waits).toEqual([3000, 2000]);
    expect(outcome.complete).toBe(true);
    expect(outcome.tickets).toHaveLength(countOf(FALLBACK));
  });

  it('resolves with the pages it got when a later page keeps failing', async () => {
    server.use(
      http.get(LIST_PATH, ({ request }) =>
        new URL(request.url).searchParams.get('page') === '2'
          ? HttpResponse.json({ error: 'stand-in' }, { status: 503 })
          : undefined,
      ),
    );
    const { sleep } = recordingSleep();
    const outcome = await searchTickets(zendeskClient(), HANDOFFS, { sleep });
    expect(outcome.tickets).toHaveLength(100);
    expect(outcome).toMatchObject({ complete: false, failure: { kind: 'http', status: 503 } });
  });

  it('skips results that are not tickets', async () => {
    server.use(
      http.get(LIST_PATH, () =>
        HttpResponse.json({
          results: [
            { id: 1, result_type: 'user', created_at: '2026-11-01T00:00:00Z' },
            { id: 'x', result_type: 'ticket' },
            {
              id: 2,
              result_type: 'ticket',
              created_at: '2026-11-01T00:00:00Z',
              tags: ['handoff', 7],
            },
          ],
          count: 3,
          next_page: null,
        }),
      ),
    );
    const outcome = await searchTickets(zendeskClient(), HANDOFFS);
    expect(outcome.tickets).toEqual([
      { id: 2, created_at: '2026-11-01T00:00:00Z', tags: ['handoff'], custom_fields: [] },
    ]);
    expect(outcome.skipped).toBe(2);
  });

  it('reports pages fetched against what it expects', async () => {
    const progress: { fetched: number; expected: number | null }[] = [];
    await searchTickets(zendeskClient(), HANDOFFS, {
      limit: 250,
      onProgress: (p) => progress.push(p),
    });
    expect(progress).toEqual([
      { fetched: 100, expected: 250 },
      { fetched: 200, expected: 250 },
      { fetched: 250, expected: 250 },
    ]);
  });

  it('stops when cancelled between pages', async () => {
    const controller = new AbortController();
    const outcome = await searchTickets(zendeskClient(), HANDOFFS, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(outcome).toMatchObject({ cancelled: true, complete: false, requests: 1 });
    expect(outcome.tickets).toHaveLength(100);
  });
});
