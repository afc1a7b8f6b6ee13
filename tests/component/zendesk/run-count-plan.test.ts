import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../src/core/routing';
import { computeInsights, planInsightQueries } from '../../../src/core/stats';
import { runCountPlan, type PlanProgress } from '../../../src/zendesk/search';
import {
  answerOnce,
  COUNT_PATH,
  countOf,
  failQueriesWith,
  NOW,
  recordingSleep,
  startSearchServer,
  zendeskClient,
} from './search-server';

const { server, seen } = startSearchServer();
const PLAN = planInsightQueries(DEFAULT_RULES, NOW);
const ONE = PLAN.slice(0, 1);
const SOME = PLAN.slice(0, 12);
// Overall figures and one rule's: enough to show one rule failing while the rest answer.
const REFUND_AND_ALL = PLAN.filter((e) => /^(all|rule\/refund)\//.test(e.key));

describe('runCountPlan through the real ZendeskClient', () => {
  it('answers every count of the plan as the demo tickets say', async () => {
    const outcome = await runCountPlan(zendeskClient(), PLAN);
    expect(outcome).toMatchObject({
      partial: false,
      cancelled: false,
      failures: {},
      unanswered: [],
    });
    expect(outcome.requests).toBe(PLAN.length);
    for (const { key, query } of PLAN)
      expect([key, outcome.counts[key]]).toEqual([key, countOf(query)]);
  });

  it('sends the query URL-encoded to the Search count endpoint', async () => {
    await runCountPlan(zendeskClient(), ONE);
    expect(seen[0]?.pathname).toBe('/api/v2/search/count.json');
    expect(seen[0]?.searchParams.get('query')).toBe(ONE[0]?.query);
  });

  it.each([
    ['waits the Retry-After of a 429', '7', 7000],
    ['caps a long Retry-After at 30 s', '120', 30_000],
    ['waits 10 s after a 429 that names no wait', undefined, 10_000],
  ])('%s, then completes', async (_, retryAfter, wait) => {
    server.use(
      answerOnce(COUNT_PATH, 429, retryAfter === undefined ? {} : { 'Retry-After': retryAfter }),
    );
    const { waits, sleep } = recordingSleep();
    const outcome = await runCountPlan(zendeskClient(), SOME, { sleep });
    expect(waits).toEqual([wait]);
    expect(outcome.partial).toBe(false);
    expect(outcome.requests).toBe(SOME.length + 1);
  });

  it('backs off exponentially after each 5xx, then completes', async () => {
    server.use(
      answerOnce(COUNT_PATH, 500),
      answerOnce(COUNT_PATH, 502),
      answerOnce(COUNT_PATH, 503),
    );
    const { waits, sleep } = recordingSleep();
    const outcome = await runCountPlan(zendeskClient(), ONE, { sleep });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(outcome).toMatchObject({ partial: false, requests: 4 });
  });

  it('gives up after four attempts and resolves partial, naming what failed', async () => {
    server.use(failQueriesWith('handoff_rule_refund'));
    const { sleep } = recordingSleep();
    const outcome = await runCountPlan(zendeskClient(), REFUND_AND_ALL, { sleep });
    const refundKeys = PLAN.filter((e) => e.key.startsWith('rule/refund/')).map((e) => e.key);
    expect(Object.keys(outcome.failures).sort()).toEqual([...refundKeys].sort());
    expect(outcome.failures['rule/refund/days90']).toMatchObject({ kind: 'http', status: 500 });
    expect(outcome.partial).toBe(true);
    expect(outcome.requests).toBe(REFUND_AND_ALL.length + 3 * refundKeys.length);
    expect(Object.keys(outcome.counts)).toHaveLength(REFUND_AND_ALL.length - refundKeys.length);
  });

  it('shows partial figures, then complete ones once Zendesk recovers', async () => {
    const { sleep } = recordingSleep();
    server.use(failQueriesWith('handoff_rule_refund'));
    const first = await runCountPlan(zendeskClient(), PLAN, { sleep });
    const partial = computeInsights(DEFAULT_RULES, first.counts, NOW);
    expect(partial.partial).toBe(true);
    expect(partial.rules.find((r) => r.ruleId === 'refund')).toMatchObject({
      partial: true,
      share: null,
    });
    expect(partial.rules.find((r) => r.ruleId === 'human')?.partial).toBe(false);

    server.resetHandlers();
    const second = await runCountPlan(zendeskClient(), PLAN, { sleep });
    const complete = computeInsights(DEFAULT_RULES, second.counts, NOW);
    expect(complete.partial).toBe(false);
    expect(complete.rules.find((r) => r.ruleId === 'refund')?.hits.days90).toBeGreaterThan(0);
  });

  it('does not retry what retrying cannot fix', async () => {
    server.use(answerOnce(COUNT_PATH, 400));
    const { waits, sleep } = recordingSleep();
    const outcome = await runCountPlan(zendeskClient(), ONE, { sleep });
    expect(waits).toEqual([]);
    expect(outcome).toMatchObject({ requests: 1, partial: true });
    expect(outcome.failures[ONE[0]?.key ?? '']).toMatchObject({ kind: 'http', status: 400 });
  });

  it('reports progress from none to all, with the counts so far', async () => {
    const progress: PlanProgress[] = [];
    await runCountPlan(zendeskClient(), PLAN, { onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.done)).toEqual(
      Array.from({ length: PLAN.length + 1 }, (_, i) => i),
    );
    expect(progress.every((p) => p.total === PLAN.length)).toBe(true);
    expect(Object.keys(progress[10]?.counts ?? {})).toHaveLength(10);
  });

  it('counts failures in its progress', async () => {
    server.use(failQueriesWith('handoff_rule_refund', 403));
    const progress: PlanProgress[] = [];
    await runCountPlan(zendeskClient(), REFUND_AND_ALL, { onProgress: (p) => progress.push(p) });
    expect(progress.at(-1)).toMatchObject({ done: REFUND_AND_ALL.length, failed: 16 });
  });

  it.each([
    [4, undefined],
    [2, 2],
  ])('keeps at most %i requests in flight', async (cap, concurrency) => {
    let inFlight = 0;
    let most = 0;
    server.use(
      http.get(COUNT_PATH, async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await delay(2);
        inFlight -= 1;
        return undefined;
      }),
    );
    await runCountPlan(
      zendeskClient(),
      PLAN.slice(0, 24),
      concurrency === undefined ? {} : { concurrency },
    );
    expect(most).toBe(cap);
  });
});

describe('runCountPlan cancelled', () => {
  it('resolves at once with what settled and starts nothing more', async () => {
    const controller = new AbortController();
    const outcome = await runCountPlan(zendeskClient(), REFUND_AND_ALL, {
      signal: controller.signal,
      onProgress: ({ done }) => done === 10 && controller.abort(),
    });
    const sent = seen.length;
    await delay(20);
    expect(outcome.cancelled).toBe(true);
    expect(Object.keys(outcome.counts)).toHaveLength(10);
    expect(outcome.unanswered).toHaveLength(REFUND_AND_ALL.length - 10);
    expect(sent).toBeLessThan(REFUND_AND_ALL.length);
    expect(seen.length).toBe(sent);
  });

  it('stops waiting out a 429 when cancelled', async () => {
    server.use(answerOnce(COUNT_PATH, 429, { 'Retry-After': '20' }));
    const controller = new AbortController();
    const outcome = await runCountPlan(zendeskClient(), ONE, {
      signal: controller.signal,
      sleep: async () => controller.abort(),
    });
    expect(outcome).toMatchObject({ cancelled: true, requests: 1, counts: {}, failures: {} });
    expect(outcome.unanswered).toEqual([ONE[0]?.key]);
  });

  it('sends nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await runCountPlan(zendeskClient(), PLAN, { signal: controller.signal });
    expect(outcome).toMatchObject({ cancelled: true, requests: 0 });
    expect(seen).toHaveLength(0);
  });
});
