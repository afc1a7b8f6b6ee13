import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../src/core/routing';
import { planInsightQueries } from '../../../src/core/stats';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import { loadInsights } from '../../../src/zendesk/search';
import {
  answerOnce,
  COUNT_PATH,
  countOf,
  failQueriesWith,
  LIST_PATH,
  NOW,
  recordingSleep,
  startSearchServer,
  zendeskClient,
} from './search-server';

const { server, seen } = startSearchServer();
const PLAN = planInsightQueries(DEFAULT_RULES, NOW);
const FALLBACK_QUERY = PLAN.find((entry) => entry.key === 'type/confidence')?.query ?? '';
const OPTIONS = { ruleSet: DEFAULT_RULES, now: NOW, contextFieldId: DEMO_ACCOUNT.contextFieldId };

describe('loadInsights against the demo handlers', () => {
  it('loads every figure, the fallback intents and the advice in one pass', async () => {
    const progress: { done: number; total: number }[] = [];
    const load = await loadInsights(zendeskClient(), {
      ...OPTIONS,
      onProgress: (p) => progress.push(p),
    });
    const pages = Math.ceil(countOf(FALLBACK_QUERY) / 100);
    expect(load).toMatchObject({ partial: false, cancelled: false, failures: {} });
    expect(load.requests).toBe(PLAN.length + pages);
    expect(load.figures.totals.hits.days90).toBe(
      countOf('type:ticket tags:handoff created>=2026-08-29'),
    );
    expect(load.intentSample).toEqual({
      fetched: countOf(FALLBACK_QUERY),
      matched: countOf(FALLBACK_QUERY),
      complete: true,
    });
    expect(load.intents.intents[0]?.name).toBe('billing.invoice_copy');
    expect(load.recommendations.map((r) => r.code)).toEqual(
      expect.arrayContaining(['narrow_rule', 'cover_intent']),
    );
    expect(progress.at(-1)).toEqual({ done: PLAN.length + pages, total: PLAN.length + pages });
  });

  it('rides out a 429 and a 500 without a partial figure', async () => {
    server.use(answerOnce(COUNT_PATH, 429, { 'Retry-After': '2' }), answerOnce(COUNT_PATH, 500));
    const { waits, sleep } = recordingSleep();
    const load = await loadInsights(zendeskClient(), { ...OPTIONS, sleep });
    expect(waits).toEqual(expect.arrayContaining([2000, 1000]));
    expect(load.partial).toBe(false);
  });

  it('shows partial figures marked partial while Zendesk keeps failing, then complete ones', async () => {
    const { sleep } = recordingSleep();
    server.use(
      failQueriesWith('handoff_rule_no_answer'),
      answerOnce(LIST_PATH, 500),
      answerOnce(LIST_PATH, 500),
      answerOnce(LIST_PATH, 500),
      answerOnce(LIST_PATH, 500),
    );
    const partial = await loadInsights(zendeskClient(), { ...OPTIONS, sleep });
    expect(partial.partial).toBe(true);
    expect(partial.figures.rules.find((r) => r.ruleId === 'no-answer')?.partial).toBe(true);
    expect(partial.figures.rules.find((r) => r.ruleId === 'refund')?.partial).toBe(false);
    expect(partial.failures['intents']).toMatchObject({ kind: 'http', status: 500 });
    expect(partial.intentSample.complete).toBe(false);

    server.resetHandlers();
    const complete = await loadInsights(zendeskClient(), { ...OPTIONS, sleep });
    expect(complete.partial).toBe(false);
    expect(complete.figures.rules.every((r) => !r.partial)).toBe(true);
  });

  it('reads no packages when the fallback never fired, and calls that complete', async () => {
    server.use(
      http.get(COUNT_PATH, ({ request }) =>
        new URL(request.url).searchParams.get('query') === FALLBACK_QUERY
          ? HttpResponse.json({ count: 0 })
          : undefined,
      ),
    );
    const progress: { done: number; total: number }[] = [];
    const load = await loadInsights(zendeskClient(), {
      ...OPTIONS,
      onProgress: (p) => progress.push(p),
    });
    expect(seen.filter((url) => url.pathname === '/api/v2/search.json')).toEqual([]);
    expect(load).toMatchObject({
      partial: false,
      intentSample: { fetched: 0, matched: 0, complete: true },
    });
    expect(progress.at(-1)).toEqual({ done: PLAN.length, total: PLAN.length });
  });

  it('skips the intents when cancelled during the counts', async () => {
    const controller = new AbortController();
    const load = await loadInsights(zendeskClient(), {
      ...OPTIONS,
      signal: controller.signal,
      onProgress: ({ done }) => done === 5 && controller.abort(),
    });
    expect(load).toMatchObject({ cancelled: true, partial: true, intentSample: { fetched: 0 } });
  });
});
