import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { demoHistoryTickets } from '../../../src/demo/data';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import type { ZendeskTicket } from '../../../src/demo/zendesk-records';
import InsightsTab from '../../../src/ui/locations/nav-bar/insights/InsightsTab';
import { clearInsightsCache } from '../../../src/ui/locations/nav-bar/insights/use-insights';
import { createRequestPacer } from '../../../src/zendesk/search';
import type { InsightsOptions } from '../../../src/ui/locations/nav-bar/insights/insights-options';
import { renderInZendesk } from '../../support/render-app';
import { createZafHarness, type ZafHarness } from '../../support/zaf-harness';

/** The demo's present in these tests; the history is anchored to the start of its UTC day. */
export const NOW = new Date('2026-11-26T15:00:00Z');
export const HISTORY = demoHistoryTickets(NOW);

/** Every wait the loader asked for, answered at once. */
export function recordingSleep() {
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };
  return { waits, sleep };
}

/** Search requests the app sent (query and page), read before the shared handlers answer. */
function countRequests(harness: ZafHarness): { queries: string[]; pages: string[] } {
  const seen = { queries: [] as string[], pages: [] as string[] };
  harness.use(
    http.get('*/api/v2/search.json', ({ request }) => {
      const params = new URL(request.url).searchParams;
      seen.queries.push(params.get('query') ?? '');
      seen.pages.push(params.get('page') ?? '');
      return undefined;
    }),
  );
  return seen;
}

/** Holds every search request until `release()`, so a test can see the page mid-load. */
export function holdSearches(harness: ZafHarness): { release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  harness.use(
    http.get('*/api/v2/search.json', async () => {
      await gate;
      return undefined;
    }),
  );
  return { release: () => release() };
}

export function renderInsights(
  options: { harness?: ZafHarness; insights?: Partial<InsightsOptions> } = {},
) {
  const harness =
    options.harness ?? createZafHarness({ location: 'nav_bar', tickets: HISTORY, role: 'admin' });
  const seen = countRequests(harness);
  // A pacer of its own per render, so one test's requests never slow the next one's.
  const insights: InsightsOptions = {
    now: () => NOW,
    pacer: createRequestPacer(),
    ...options.insights,
  };
  const rendered = renderInZendesk(<InsightsTab options={insights} />, { harness });
  return { ...rendered, seen };
}

/** Forgets every read week and the cached context field id: each test starts from nothing. */
export function resetInsightsCache(): void {
  clearInsightsCache();
  localStorage.clear();
}

export async function findRuleTable() {
  return screen.findByRole('table', { name: 'Handoffs per rule, in priority order' });
}

/** The number cells of a row of the per-rule table, as the page shows them. */
export async function ruleRow(name: string | RegExp): Promise<string[]> {
  const table = await findRuleTable();
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) =>
      typeof name === 'string'
        ? within(candidate).queryAllByRole('cell')[0]?.textContent?.startsWith(name)
        : name.test(within(candidate).queryAllByRole('cell')[0]?.textContent ?? ''),
    );
  if (row === undefined) throw new Error(`No row for ${String(name)} in the per-rule table`);
  return within(row)
    .getAllByRole('cell')
    .slice(1)
    .map((cell) => cell.textContent ?? '');
}

// ---- The independent side: the demo tickets' own tags and dates, no search syntax. ----

const DAY = 86_400_000;
const todayStart = Math.floor(NOW.getTime() / DAY) * DAY;

/** Tickets created in the last `days` UTC days, today included. */
export function createdWithin(days: number, tickets: readonly ZendeskTicket[]): ZendeskTicket[] {
  const from = todayStart - (days - 1) * DAY;
  return tickets.filter((ticket) => Date.parse(ticket.created_at) >= from);
}

export const tickets = (): ZendeskTicket[] => HISTORY.map((file) => file.ticket);
export const tagged = (tag: string, list = tickets()) => list.filter((t) => t.tags.includes(tag));

export interface ExpectedRow {
  readonly days7: number;
  readonly days30: number;
  readonly days90: number;
  readonly needed: number;
  readonly unneeded: number;
}

/** What the row of the rule tagged `handoff_rule_<tag>` must show, from the tickets alone. */
export function expectedRow(tag: string, list = tickets()): ExpectedRow {
  const own = tagged(tag, list);
  const in90 = createdWithin(90, own);
  return {
    days7: createdWithin(7, own).length,
    days30: createdWithin(30, own).length,
    days90: in90.length,
    needed: tagged('handoff_needed', in90).length,
    unneeded: tagged('handoff_unneeded', in90).length,
  };
}

export const percent1 = (value: number) => `${(Math.round(value * 1000) / 10).toFixed(1)}%`;

/** The fallback's intents, read straight from the packages' JSON. */
export function fallbackIntentCount(intent: string): number {
  return createdWithin(90, tagged('handoff_type_confidence')).filter((ticket) => {
    const field = ticket.custom_fields.find((f) => f.id === DEMO_ACCOUNT.contextFieldId);
    const pkg = JSON.parse(String(field?.value)) as { intent?: { name?: string } };
    return pkg.intent?.name === intent;
  }).length;
}
