import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSearchHandlers } from '../../../src/demo/msw/search-handlers';
import { searchRecord } from '../../support/tickets';

const ORIGIN = 'https://handoff-demo.zendesk.test';
const START = Date.parse('2026-01-01T00:00:00Z');

function ticket(n: number) {
  const created = new Date(START + n * 3_600_000).toISOString().replace('.000Z', 'Z');
  return searchRecord(
    1 + n,
    created,
    n < 250 ? ['handoff', 'handoff_type_confidence'] : ['handoff'],
  );
}

const TICKETS = Array.from({ length: 1205 }, (_, n) => ticket(n));
const server = setupServer(...createSearchHandlers(() => TICKETS));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function get(path: string, params: Record<string, string>) {
  const response = await fetch(`${ORIGIN}${path}?${new URLSearchParams(params)}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const fallback = 'type:ticket tags:handoff_type_confidence';

describe('the demo search endpoints', () => {
  it('has no count endpoint: the app reads results, never counts', async () => {
    const response = await fetch(`${ORIGIN}/api/v2/search/count.json?query=type:ticket`).catch(
      () => undefined,
    );
    expect(response?.ok ?? false).toBe(false);
  });

  it.each([
    ['an unsupported keyword', { query: 'status:open' }],
    ['a bad date', { query: 'created>2026-13-01' }],
    ['no query at all', {}],
  ])('answers 400 with an error body to %s', async (_, params) => {
    const { status, body } = await get('/api/v2/search.json', params);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: 'invalid',
      description: expect.stringMatching(/^Invalid search/),
    });
  });
});

describe('the demo List Search Results endpoint', () => {
  const page = (n: number, extra: Record<string, string> = {}) =>
    get('/api/v2/search.json', {
      query: fallback,
      sort_by: 'created_at',
      sort_order: 'desc',
      page: String(n),
      per_page: '100',
      ...extra,
    });

  it('answers a page of ticket results, newest first, with a link to the next', async () => {
    const { status, body } = await page(1);
    const results = body['results'] as Record<string, unknown>[];
    expect(status).toBe(200);
    expect(body).toMatchObject({ count: 250, facets: null, previous_page: null });
    expect(body['next_page']).toBe(
      `${ORIGIN}/api/v2/search.json?query=${encodeURIComponent(fallback).replace(/%20/g, '+')}&sort_by=created_at&sort_order=desc&page=2&per_page=100`,
    );
    expect(results).toHaveLength(100);
    expect(results[0]).toMatchObject({
      id: 250,
      result_type: 'ticket',
      url: `${ORIGIN}/api/v2/tickets/250.json`,
    });
    expect(results[1]?.['id']).toBe(249);
  });

  it('answers the last page short, with no next page', async () => {
    const { body } = await page(3);
    expect(body['results']).toHaveLength(50);
    expect(body['next_page']).toBeNull();
    expect(String(body['previous_page'])).toContain('page=2');
  });

  it('stops offering pages at the 1,000-result cap while counting every match', async () => {
    const { body } = await page(10, { query: 'type:ticket' });
    expect(body['count']).toBe(1205);
    expect(body['results']).toHaveLength(100);
    expect(body['next_page']).toBeNull();
  });

  it('refuses a page past the cap with 422, as Zendesk does', async () => {
    const { status, body } = await page(11, { query: 'type:ticket' });
    expect(status).toBe(422);
    expect(body['description']).toMatch(/Search Response Limits/);
  });

  it('gives at most 100 results a page', async () => {
    const { body } = await page(1, { per_page: '500' });
    expect(body['results']).toHaveLength(100);
  });

  it.each([
    ['page', { page: 'two' }],
    ['per_page', { per_page: '0' }],
    ['sort_by', { sort_by: 'priority' }],
    ['sort_order', { sort_order: 'up' }],
  ])('refuses an invalid %s with 400', async (name, extra) => {
    const { status, body } = await page(1, extra);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { title: 'Invalid attribute' } });
    expect(JSON.stringify(body)).toContain(name);
  });

  it('refuses a query it cannot read with 400', async () => {
    const { status } = await page(1, { query: 'tags:"a b"' });
    expect(status).toBe(400);
  });
});
