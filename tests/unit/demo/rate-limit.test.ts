import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AccountRateLimit,
  PLAN_RATE_LIMITS,
  rateLimitHandler,
  readRateLimit,
} from '../../../src/demo/msw/rate-limit';

const ORIGIN = 'https://handoff-demo.zendesk.test';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the local host’s account-wide rate limit', () => {
  it('allows the plan’s requests in any 60 s and refuses the next with the wait', () => {
    let now = 1_000_000;
    const limit = new AccountRateLimit(3, () => now);
    expect([limit.take(), limit.take()]).toEqual([{ ok: true }, { ok: true }]);
    now += 20_000;
    expect(limit.take()).toEqual({ ok: true });
    expect(limit.take()).toEqual({ ok: false, retryAfterSeconds: 40 });
    now += 40_000;
    expect(limit.take()).toEqual({ ok: true });
    expect(limit.refused).toBe(1);
  });

  it('answers 429 with Retry-After, and passes requests within budget on', async () => {
    let now = 0;
    const limit = new AccountRateLimit(1, () => now);
    server.use(
      rateLimitHandler(limit),
      http.get('*/api/v2/tickets/1.json', () => HttpResponse.json({ ticket: { id: 1 } })),
    );
    const first = await fetch(`${ORIGIN}/api/v2/tickets/1.json`);
    expect(first.status).toBe(200);
    now = 15_000;
    const second = await fetch(`${ORIGIN}/api/v2/tickets/1.json`);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('45');
  });

  it.each([
    ['team', PLAN_RATE_LIMITS.team],
    ['Enterprise', 700],
    ['enterprise_plus', 2500],
    ['90', 90],
    ['', undefined],
    ['-4', undefined],
    ['gold', undefined],
  ])('reads the plan or limit %j as %s a minute', (value, expected) => {
    expect(readRateLimit(value)).toBe(expected);
  });
});
