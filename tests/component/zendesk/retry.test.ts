import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_RETRY_POLICY,
  ZendeskClient,
  ZendeskFailure,
  attemptWithRetry,
  retryContext,
  withRetry,
  type Attempt,
} from '../../../src/zendesk';
import { fetchSearchPage } from '../../../src/zendesk/search';
import { fetchBackedZafClient } from '../../support/fetch-backed-zaf-request';
import {
  answerOnce,
  LIST_PATH,
  countOf,
  ORIGIN,
  recordingSleep,
  startSearchServer,
  zendeskClient,
} from './search-server';

const { server, seen } = startSearchServer();
const QUERY = 'type:ticket tags:handoff_rule_refund';
const count =
  (client = zendeskClient()) =>
  () =>
    fetchSearchPage(client, QUERY, 1).then((page) => page.count);

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (reason: unknown) => (reason instanceof ZendeskFailure ? reason.error : reason),
  );
}

/** A client that gives up after 20 ms, before a handler that takes 200 ms answers. */
function impatientClient(): ZendeskClient {
  server.use(http.get(LIST_PATH, () => delay(200), { once: true }));
  return new ZendeskClient(fetchBackedZafClient({ baseUrl: ORIGIN }), 20);
}

describe('withRetry, as a sidebar panel retries one call', () => {
  it.each([
    ['a 500', [[500]], [250]],
    ['two 503s, backing off threefold', [[503], [503]], [250, 750]],
    ['a 429 with Retry-After', [[429, '2']], [2000]],
    ['a 429 asking past the 5 s cap', [[429, '120']], [5000]],
    ['a 429 that names no wait', [[429]], [1000]],
    ['a 503 that names a wait', [[503, '3']], [3000]],
  ] as const)('waits out %s, then answers', async (_, failures, waits) => {
    server.use(
      ...failures.map(([status, after]) =>
        answerOnce(LIST_PATH, status, after === undefined ? {} : { 'Retry-After': after }),
      ),
    );
    const sleep = recordingSleep();
    expect(await withRetry(count(), { sleep: sleep.sleep })).toBe(countOf(QUERY));
    expect(sleep.waits).toEqual(waits);
    expect(seen).toHaveLength(failures.length + 1);
  });

  it('gives up after three tries, rejecting with the last error', async () => {
    server.use(...[500, 502, 503].map((status) => answerOnce(LIST_PATH, status)));
    const { waits, sleep } = recordingSleep();
    expect(await rejectionOf(withRetry(count(), { sleep }))).toMatchObject({ status: 503 });
    expect(waits).toEqual([250, 750]);
    expect(seen).toHaveLength(3);
  });

  it('rejects at once on a 400, which would fail the same way again', async () => {
    server.use(answerOnce(LIST_PATH, 400));
    const { waits, sleep } = recordingSleep();
    expect(await rejectionOf(withRetry(count(), { sleep }))).toMatchObject({ status: 400 });
    expect(waits).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('rejects at once on a timeout, which the adapter already waited out', async () => {
    const client = impatientClient();
    const { waits, sleep } = recordingSleep();
    expect(await rejectionOf(withRetry(count(client), { sleep }))).toMatchObject({
      kind: 'timeout',
    });
    expect(waits).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('retries what its caller says is worth it, such as a 409', async () => {
    server.use(answerOnce(LIST_PATH, 409));
    const { waits, sleep } = recordingSleep();
    const retryOn = () => true;
    expect(await withRetry(count(), { sleep, retry: { retryOn } })).toBe(countOf(QUERY));
    expect(waits).toEqual([250]);
  });
});

describe('attemptWithRetry, for calls sharing one rate limit', () => {
  it('retries a timeout under the background policy, and counts every attempt', async () => {
    const client = impatientClient();
    const { waits, sleep } = recordingSleep();
    let attempts = 0;
    const context = retryContext({ sleep }, { onAttempt: () => (attempts += 1) });
    expect(context.policy).toEqual(BACKGROUND_RETRY_POLICY);
    expect(await attemptWithRetry(count(client), context)).toEqual({ value: countOf(QUERY) });
    expect(waits).toEqual([1000]);
    expect(attempts).toBe(2);
  });

  it('resolves with the last error instead of rejecting', async () => {
    server.use(answerOnce(LIST_PATH, 404));
    const attempt = await attemptWithRetry(count(), retryContext({}));
    expect(attempt).toMatchObject({ error: { kind: 'http', status: 404 } });
  });

  it("holds every call of the context while a 429's wait runs", async () => {
    server.use(answerOnce(LIST_PATH, 429, { 'Retry-After': '4' }));
    const client = zendeskClient();
    const waits: number[] = [];
    let second: Promise<Attempt<number | null>> | undefined;
    let sentDuringWait: number | undefined;
    const context = retryContext({
      sleep: async (ms) => {
        waits.push(ms);
        await delay(1);
        const before = seen.length;
        second = attemptWithRetry(count(client), context);
        await delay(30);
        sentDuringWait = seen.length - before;
      },
    });
    expect(await attemptWithRetry(count(client), context)).toEqual({ value: countOf(QUERY) });
    expect(await second).toEqual({ value: countOf(QUERY) });
    expect(waits).toEqual([4000]);
    expect(sentDuringWait).toBe(0);
    expect(seen).toHaveLength(3);
  });

  it('resolves cancelled when aborted during a backoff, and sends nothing more', async () => {
    server.use(answerOnce(LIST_PATH, 500));
    const controller = new AbortController();
    const context = retryContext({
      signal: controller.signal,
      sleep: async () => controller.abort(),
    });
    expect(await attemptWithRetry(count(), context)).toEqual({ cancelled: true });
    expect(seen).toHaveLength(1);
  });
});
