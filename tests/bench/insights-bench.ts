// `npm run bench`: what one Insights load costs the account, for 5, 20 and 50 rules: requests
// (first load and a repeat with ended weeks kept), the most in any 60 s, 429s met, and wall time
// with 25 ms of latency under the local host's 200-a-minute limit. Figures only, never pass/fail.
import { delay, http } from 'msw';
import { setupServer } from 'msw/node';
import type { RuleSet } from '../../src/core/routing';
import { ruleSetOf } from '../support/rule-sets';
import { computeInsights, insightCalendar, recordWindows } from '../../src/core/insights';
import { generateDemoTickets } from '../../src/demo/data';
import { DEMO_ACCOUNT } from '../../src/demo/demo-account';
import { AccountRateLimit, rateLimitHandler } from '../../src/demo/msw/rate-limit';
import { createSearchHandlers } from '../../src/demo/msw/search-handlers';
import type { ZendeskTicket } from '../../src/demo/zendesk-records';
import { fetchBackedZafClient } from '../support/fetch-backed-zaf-request';

// The ZAF SDK reads `window` when imported: give Node one before loading the adapter.
Object.assign(globalThis, { window: globalThis });
const { ZendeskClient } = await import('../../src/zendesk');
const { createRequestPacer, loadHandoffs } = await import('../../src/zendesk/search');
const { isEnded } = await import('../../src/ui/locations/nav-bar/insights/window-cache');

const NOW = new Date('2026-11-26T15:00:00Z');
const ORIGIN = 'https://handoff-demo.zendesk.test';
const LATENCY_MS = 25;
const { today } = insightCalendar(NOW);
const WINDOWS = recordWindows(NOW);

let tickets: ZendeskTicket[] = [];
const starts: number[] = [];
const server = setupServer();
server.events.on('request:start', () => starts.push(performance.now()));
server.listen({ onUnhandledRequest: 'error' });
const client = new ZendeskClient(fetchBackedZafClient({ baseUrl: ORIGIN }));

function peakPerMinute(times: readonly number[]): number {
  let peak = 0;
  for (const [i, t] of times.entries())
    peak = Math.max(peak, times.filter((u, j) => j >= i && u < t + 60_000).length);
  return peak;
}

async function load(windows: typeof WINDOWS, ruleSet: RuleSet) {
  const limit = new AccountRateLimit(200);
  server.resetHandlers(
    rateLimitHandler(limit),
    http.get('*', async () => void (await delay(LATENCY_MS))),
    ...createSearchHandlers(() => tickets),
  );
  starts.length = 0;
  const begun = performance.now();
  const outcome = await loadHandoffs(client, {
    windows,
    today,
    contextFieldId: DEMO_ACCOUNT.contextFieldId,
    pacer: createRequestPacer(),
  });
  const records = outcome.read.flatMap((read) => read.records);
  const computed = performance.now();
  computeInsights({
    ruleSet,
    now: NOW,
    records,
    missing: outcome.failed.map((f) => f.window),
    intentsRead: true,
  });
  return {
    requests: outcome.requests,
    peak: peakPerMinute(starts),
    refused: limit.refused,
    unread: outcome.failed.length,
    ms: computed - begun,
    computeMs: performance.now() - computed,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
for (const [name, count] of [
  ['demo account', undefined],
  ['busy account', 4000],
] as const) {
  tickets = generateDemoTickets({ now: NOW, ...(count === undefined ? {} : { count }) });
  console.log(
    `\n${name}: ${tickets.length} handoffs in 90 days, ${WINDOWS.length} weekly windows, targets ≤ 60 requests a load, ≤ 50 in any 60 s, no 429`,
  );
  console.log('rules  load    requests  peak/60s  429s  unread  wall (+25 ms)  compute');
  for (const size of [5, 20, 50]) {
    const ruleSet = ruleSetOf(size);
    const first = await load(WINDOWS, ruleSet);
    const repeat = await load(
      WINDOWS.filter((w) => !isEnded(w, today)),
      ruleSet,
    );
    for (const [kind, m] of [
      ['first', first],
      ['repeat', repeat],
    ] as const) {
      console.log(
        `${String(size).padStart(5)}  ${kind.padEnd(6)} ${String(m.requests).padStart(9)} ${String(m.peak).padStart(9)} ${String(m.refused).padStart(5)} ${String(m.unread).padStart(7)}  ${seconds(m.ms).padStart(13)}  ${seconds(m.computeMs)}`,
      );
    }
  }
}
server.close();
