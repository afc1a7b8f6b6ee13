import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICTS, VERDICT_TAGS } from '../../src/core/routing';
import { demoHistoryTickets } from '../../src/demo/data';
import { loadTicketFolder } from '../../src/demo/tickets/load-ticket-folder';
import type { ZendeskTicket } from '../../src/demo/zendesk-records';
import { seriousViolations } from '../support/e2e/axe';
import { launchChromium } from '../support/e2e/browser';
import { openHost } from '../support/e2e/host-page';
import de from '../../translations/de.json';
import es from '../../translations/es.json';
import ptBR from '../../translations/pt-BR.json';
import { ruleSetOf } from '../support/rule-sets';
import { anotherAdminSaves } from '../support/e2e/a11y-helpers';
import { textOutsideCells } from '../support/e2e/table-layout';
import { parseCsv } from '../support/parse-csv';

let browser: Browser;
let close: () => Promise<void>;
const SHOTS = 'tmp/screenshots';
const DAY = 86_400_000;
const TABLE = 'Handoffs per rule, in priority order';

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => close());

const utcDay = (ms: number) => Math.floor(ms / DAY);

interface OpenInsights {
  readonly page: Page;
  readonly app: Frame;
  readonly context: BrowserContext;
  readonly problems: string[];
  /** The UTC day the host generated its history for and the app counted up to. */
  readonly day: number;
}

async function showInsights(app: Frame): Promise<void> {
  await app.getByRole('tab', { name: 'Insights' }).click();
  await app.getByRole('table', { name: TABLE }).waitFor({ timeout: 30_000 });
}

/**
 * The nav bar at the Insights tab. The host's history and the app's windows are both anchored
 * to "today" in UTC; if a midnight falls between the two, open it again.
 */
async function openInsights(context?: BrowserContext): Promise<OpenInsights> {
  for (let attempt = 0; ; attempt += 1) {
    const before = utcDay(Date.now());
    const host = await openHost(browser, {
      location: 'nav_bar',
      width: 1280,
      height: 800,
      ...(context === undefined ? {} : { context }),
    });
    await showInsights(host.app);
    if (utcDay(Date.now()) === before || attempt > 0) return { ...host, day: before };
    await host.page.close();
  }
}

/** The demo account as the host holds it: the seeded history and the sample tickets. */
function demoTickets(day: number): ZendeskTicket[] {
  const history = demoHistoryTickets(new Date(day * DAY)).map((file) => file.ticket);
  const samples = loadTicketFolder('tests/fixtures/tickets').tickets.map((file) => file.ticket);
  return [...history, ...samples];
}

/**
 * The newest refund handoff of the seeded history that has no verdict yet. The history is dated
 * back from the day the host generated it, so this ticket stays inside every Insights window
 * whatever the date (a sample ticket's fixed date would age out of the 90 days).
 */
function unjudgedRefund(day: number): number {
  const verdictTags: readonly string[] = VERDICTS.map((verdict) => VERDICT_TAGS[verdict]);
  const unjudged = demoHistoryTickets(new Date(day * DAY))
    .map((file) => file.ticket)
    .filter((ticket) => ticket.tags.includes('handoff_rule_refund'))
    .filter((ticket) => !ticket.tags.some((tag) => verdictTags.includes(tag)));
  const newest = unjudged.at(-1);
  if (newest === undefined) throw new Error('The demo history has no unjudged refund handoff');
  return newest.id;
}

/** A rule's row computed from tags and dates alone: 7/30/90-day hits, needed, unneeded. */
function expectedRow(tickets: readonly ZendeskTicket[], tag: string, day: number): number[] {
  const own = tickets.filter((ticket) => ticket.tags.includes(tag));
  const since = (days: number) =>
    own.filter((ticket) => Date.parse(ticket.created_at) >= (day - days + 1) * DAY);
  const in90 = since(90);
  return [
    since(7).length,
    since(30).length,
    in90.length,
    in90.filter((ticket) => ticket.tags.includes('handoff_needed')).length,
    in90.filter((ticket) => ticket.tags.includes('handoff_unneeded')).length,
  ];
}

/** The same five numbers as the page shows them in a row of the per-rule table. */
async function shownRow(app: Frame, label: string): Promise<number[]> {
  const row = app
    .getByRole('table', { name: TABLE })
    .getByRole('row')
    .filter({ has: app.getByRole('cell').first().filter({ hasText: label }) })
    .first();
  const cells = await row.getByRole('cell').allTextContents();
  return [1, 2, 3, 5, 6].map((index) => Number(cells[index]));
}

describe('the Insights tab in the local Zendesk host', () => {
  it('shows per-rule figures the demo set agrees with, a drawn chart and a CSV with the same numbers', async () => {
    const { app, page, problems, day } = await openInsights();
    const tickets = demoTickets(day);
    for (const [label, tag] of [
      ['Refunds and billing disputes', 'handoff_rule_refund'],
      ['Asked for a person', 'handoff_rule_human'],
      ['Bot had no good answer', 'handoff_rule_no_answer'],
      ['All handoffs', 'handoff'],
    ] as const) {
      expect(await shownRow(app, label), label).toEqual(expectedRow(tickets, tag, day));
    }

    const curve = app.locator('.recharts-line-curve').first();
    await curve.waitFor();
    expect(await curve.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+[CL]/);
    await page.screenshot({ path: `${SHOTS}/insights.png` });
    expect(await seriousViolations(app)).toEqual([]);

    // Zendesk's frame may refuse downloads (the local host frames the app as strictly): the
    // export offers the CSV to copy, and a download is never the only way out.
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await app.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = app.getByRole('dialog', { name: 'Export figures as CSV' });
    const today = new Date(day * DAY).toISOString().slice(0, 10);
    await dialog.getByText(`handoff-brief-insights-${today}.csv`).waitFor();
    await dialog.getByRole('button', { name: 'Download file' }).click();
    await dialog.getByRole('button', { name: 'Copy CSV' }).click();
    await dialog.getByText('Copied. Paste it into a spreadsheet.').waitFor();
    expect(downloads).toBe(0);
    const rows = parseCsv(await dialog.getByTestId('csv-text').inputValue());
    const refund = rows.find((row) => row[1] === 'refund') ?? [];
    expect([6, 7, 8, 10, 11].map((index) => Number(refund[index]))).toEqual(
      expectedRow(tickets, 'handoff_rule_refund', day),
    );
    expect(problems).toEqual([]);
  });

  it('loads with 50 rules in the set without the account meeting a single 429', async () => {
    const { app, page, problems } = await openInsights();
    const fifty = ruleSetOf(50);
    await anotherAdminSaves(app, fifty);
    // The host keeps saved settings across a reload, as an account does.
    const [first, last] = [fifty.rules[0], fifty.rules[49]];
    await page.waitForFunction(
      (id) => Object.values(localStorage).some((stored: string) => stored.includes(id)),
      last?.id ?? '',
      { timeout: 10_000 },
    );
    await page.reload();
    const handle = await page.waitForSelector('iframe#app[src]');
    const reloaded = await handle.contentFrame();
    if (reloaded === null) throw new Error('The app iframe has no frame');
    await showInsights(reloaded);
    const table = reloaded.getByRole('table', { name: TABLE });
    for (const rule of [first, last])
      await table
        .getByRole('cell', { name: rule?.label ?? '' })
        .first()
        .waitFor();
    // The host's count of what the account's 200-a-minute budget refused, from this load.
    expect(await page.locator('#budget').getAttribute('data-refused')).toBe('0');
    expect(problems).toEqual([]);
  });

  it('counts a verdict set in the sidebar after Refresh', async () => {
    const { app, page, context, problems, day } = await openInsights();
    const before = await shownRow(app, 'Refunds and billing disputes');
    expect(before).toEqual(expectedRow(demoTickets(day), 'handoff_rule_refund', day));

    const refund = unjudgedRefund(day);
    const sidebar = await openHost(browser, { ticket: refund, context });
    await sidebar.app.getByRole('button', { name: 'Bot could have handled this' }).click();
    await sidebar.app.getByText('Your verdict: the bot could have handled this.').waitFor();
    await sidebar.page.close();

    // Each host page holds the account in memory and reads what other pages stored when it
    // loads. The app's frame is third-party to the host, so Chromium denies it sessionStorage:
    // the reloaded frame starts without cached figures, and Refresh counts them once more.
    await page.reload();
    const frame = await (await page.waitForSelector('iframe#app[src]')).contentFrame();
    if (frame === null) throw new Error('The app iframe has no frame');
    await showInsights(frame);
    // A refresh that re-counts only the open week can finish before a progress bar could be
    // seen, so the test waits for the figure it changes, not for the bar.
    await frame.getByRole('button', { name: 'Refresh' }).click();
    const judged = demoTickets(day).map((ticket) =>
      ticket.id === refund ? { ...ticket, tags: [...ticket.tags, VERDICT_TAGS.unneeded] } : ticket,
    );
    const after = expectedRow(judged, 'handoff_rule_refund', day);
    await expect
      .poll(() => shownRow(frame, 'Refunds and billing disputes'), { timeout: 30_000 })
      .toEqual(after);
    // The ticket is dated within the window: its verdict adds one unneeded handoff.
    expect(after[4]).toBe((before[4] ?? 0) + 1);
    expect(problems).toEqual([]);
    expect(sidebar.problems).toEqual([]);
  });
});

describe('the Insights tables at 1024 × 768 in long-worded languages', () => {
  it.each([
    ['de', de],
    ['es', es],
    ['pt-BR', ptBR],
  ] as const)('keeps every %s header and date inside its own cell', async (locale, words) => {
    const { app, page, problems } = await openHost(browser, {
      location: 'nav_bar',
      locale,
      width: 1024,
      height: 768,
    });
    await app.getByRole('tab', { name: words.navBar.tabs.insights }).click();
    await app
      .getByRole('table', { name: words.insights.intents.caption })
      .waitFor({ timeout: 30_000 });
    expect(await app.getByRole('table', { name: words.insights.table.caption }).count()).toBe(1);
    expect(await textOutsideCells(app)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/insights-${locale}-1024.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
});
