// `npm run bench`: HTTP requests and wall time of the Insights figures for 5, 20 and 50 rules,
// against the demo's search handlers in this process. Figures only, never pass/fail.
import { delay, http } from 'msw';
import { setupServer } from 'msw/node';
import { DEFAULT_RULES, type Rule, type RuleSet } from '../../src/core/routing';
import { generateDemoTickets } from '../../src/demo/data';
import { DEMO_ACCOUNT } from '../../src/demo/demo-account';
import { createSearchHandlers } from '../../src/demo/msw/search-handlers';
import { fetchBackedZafClient } from '../support/fetch-backed-zaf-request';

// The ZAF SDK reads `window` when imported: give Node one before loading the adapter.
Object.assign(globalThis, { window: globalThis });
const { ZendeskClient } = await import('../../src/zendesk');
const { loadInsights } = await import('../../src/zendesk/search');

const NOW = new Date('2026-11-26T15:00:00Z');
const ORIGIN = 'https://handoff-demo.zendesk.test';
const LATENCY_MS = 25;
const tickets = generateDemoTickets({ now: NOW });

function ruleSetOf(size: number): RuleSet {
  const extra: Rule[] = Array.from(
    { length: Math.max(0, size - DEFAULT_RULES.rules.length) },
    (_, i) => ({
      id: `topic-${i}`,
      type: 'keyword',
      label: `Topic ${i}`,
      enabled: true,
      phrases: [`topic${i}`],
    }),
  );
  return { ...DEFAULT_RULES, rules: [...DEFAULT_RULES.rules, ...extra].slice(0, size) };
}

const server = setupServer(...createSearchHandlers(() => tickets));
let sent = 0;
server.events.on('request:start', () => {
  sent += 1;
});
server.listen({ onUnhandledRequest: 'error' });
const client = new ZendeskClient(fetchBackedZafClient({ baseUrl: ORIGIN }));

async function measure(ruleSet: RuleSet, trendRuleIds?: readonly string[]) {
  sent = 0;
  const started = performance.now();
  const load = await loadInsights(client, {
    ruleSet,
    now: NOW,
    contextFieldId: DEMO_ACCOUNT.contextFieldId,
    ...(trendRuleIds === undefined ? {} : { trendRuleIds }),
  });
  if (load.partial) throw new Error('the bench expects complete figures from the demo handlers');
  return { requests: sent, ms: performance.now() - started };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
console.log(
  `demo set: ${tickets.length} tickets; 4 requests in flight; "+latency" adds ${LATENCY_MS} ms to every response`,
);
console.log('rules  trend        requests  in-process  +latency  minutes of a 200/min rate limit');
await measure(ruleSetOf(5));
for (const size of [5, 20, 50]) {
  const ruleSet = ruleSetOf(size);
  for (const [trend, ids] of [
    ['every rule', undefined],
    ['overall only', []],
  ] as const) {
    const local = await measure(ruleSet, ids);
    server.use(http.get('*', async () => void (await delay(LATENCY_MS))));
    const slow = await measure(ruleSet, ids);
    server.resetHandlers();
    console.log(
      `${String(size).padStart(5)}  ${trend.padEnd(12)} ${String(local.requests).padStart(8)}  ${seconds(local.ms)}  ${seconds(slow.ms)}  ${(local.requests / 200).toFixed(1).padStart(5)}`,
    );
  }
}
server.close();
