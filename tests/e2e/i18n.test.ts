import { mkdirSync } from 'node:fs';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../translations/de.json';
import en from '../../translations/en.json';
import fr from '../../translations/fr.json';
import ja from '../../translations/ja.json';
import { parseContextPackage } from '../../src/core/contract';
import { DEMO_ACCOUNT } from '../../src/demo/demo-account';
import { launchChromium } from '../support/e2e/browser';
import { openHost } from '../support/e2e/host-page';
import {
  clippedText,
  labelEdges,
  sectionLabels,
  tabsOutsideTheirList,
} from '../support/e2e/i18n-layout';
import {
  frameBox,
  horizontalOverflow,
  loadSamples,
  paintedApp,
  sampleNamed,
} from '../support/e2e/sidebar-helpers';

const SCREENSHOTS = 'tmp/screenshots';
/** `data-section` handles and the translation namespace of each section's label. */
const SECTIONS = ['reason', 'intent', 'identity', 'page', 'ask', 'bot-tried', 'details'] as const;
const LABEL_KEYS = ['reason', 'intent', 'identity', 'page', 'ask', 'botTried', 'details'] as const;
const sample = sampleNamed(loadSamples(), /refund-charged-twice/);

function handedOffAt(): string {
  const field = sample.file.ticket.custom_fields.find((f) => f.id === DEMO_ACCOUNT.contextFieldId);
  const parsed = parseContextPackage(field?.value ?? null);
  if (!parsed.ok) throw new Error(`ticket ${sample.id} has no valid context package`);
  return parsed.value.handedOffAt;
}

/** What the app's own Intl would print for the handoff time in this locale and time zone. */
const intlDateTime = (app: Frame, locale: string) =>
  app.evaluate(
    ([iso, lang]) =>
      new Intl.DateTimeFormat(lang, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/London',
      }).format(new Date(iso)),
    [handedOffAt(), locale] as const,
  );

let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => close());

async function withSidebar(locale: string, check: (app: Frame) => Promise<void>) {
  const host = await openHost(browser, { ticket: sample.id, locale });
  const app = await paintedApp(host.page);
  expect((await frameBox(host.page)).width).toBe(320);
  await check(app);
  expect(await horizontalOverflow(app)).toBeLessThanOrEqual(0);
  expect(await clippedText(app)).toEqual([]);
  await host.page.locator('iframe#app').screenshot({ path: `${SCREENSHOTS}/i18n-${locale}.png` });
  expect(host.problems).toEqual([]);
}

describe('the ticket sidebar in the agent’s language', () => {
  it('shows German labels and a handoff time formatted by Intl for de', async () => {
    await withSidebar('de', async (app) => {
      expect(await app.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(await sectionLabels(app, SECTIONS)).toEqual(
        LABEL_KEYS.map((key) => de.sidebar[key].label),
      );
      const time = await intlDateTime(app, 'de');
      expect(time).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
      await app.getByText(`Übergeben am ${time}`).waitFor();
      await app.getByRole('button', { name: de.sidebar.verdict.needed }).waitFor();
      await app.getByRole('button', { name: 'Transkript anzeigen (6 Nachrichten)' }).waitFor();
    });
  });

  it('shows a Japanese sidebar with Japanese dates and counts', async () => {
    await withSidebar('ja', async (app) => {
      expect(await sectionLabels(app, SECTIONS)).toEqual(
        LABEL_KEYS.map((key) => ja.sidebar[key].label),
      );
      const time = await intlDateTime(app, 'ja');
      expect(time).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}$/);
      await app.getByText(`${time}に引き継ぎ`).waitFor();
      await app.getByRole('button', { name: '会話の全文を表示（メッセージ6件）' }).waitFor();
      await app.getByRole('button', { name: ja.sidebar.verdict.unneeded }).waitFor();
    });
  });

  it('lays the sidebar out right to left for a right-to-left locale', async () => {
    // No he.json exists: the words stay English, the direction and layout do not.
    await withSidebar('he', async (app) => {
      expect(await app.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await sectionLabels(app, SECTIONS)).toEqual(
        LABEL_KEYS.map((key) => en.sidebar[key].label),
      );
      const edges = await labelEdges(app, SECTIONS);
      for (const { name, gapRight, gapLeft } of edges) {
        expect(gapRight, `${name} label ends at the right edge`).toBeLessThanOrEqual(1);
        expect(gapLeft, `${name} label leaves room on the left`).toBeGreaterThan(20);
      }
    });
  });
});

describe('the nav bar in French', () => {
  it('names its tabs in French and fits their labels', async () => {
    const host = await openHost(browser, { location: 'nav_bar', locale: 'fr' });
    const { app, page } = host;
    const tabs = app.getByRole('tab');
    await app.getByRole('tab', { name: fr.rules.side.history }).waitFor();
    const names = await tabs.allInnerTexts();
    expect(names.slice(0, 2)).toEqual([fr.navBar.tabs.rules, fr.navBar.tabs.insights]);
    const { test, backTest, history } = fr.rules.side;
    expect(names).toEqual(expect.arrayContaining([test, backTest, history]));
    expect(await clippedText(app)).toEqual([]);
    expect(await tabsOutsideTheirList(app)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/i18n-fr.png` });
    await app.getByRole('tab', { name: fr.navBar.tabs.insights }).click();
    await app.getByRole('heading', { name: fr.insights.title }).waitFor();
    expect(host.problems).toEqual([]);
  });
});
