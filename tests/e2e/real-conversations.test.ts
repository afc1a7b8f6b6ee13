import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/e2e/browser';
import { openHost } from '../support/e2e/host-page';
import { keyboardWalk } from '../support/e2e/focus-walk';
import { paintedApp } from '../support/e2e/sidebar-helpers';

const SCREENSHOTS = 'tmp/screenshots';

let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => close());

describe('the sidebar on real conversations, at 320 px', () => {
  it('puts a German opening in the reply editor through the real SDK, and sends nothing', async () => {
    const { page, problems, requests } = await openHost(browser, { ticket: 10030 });
    const app = await paintedApp(page);
    // Every REST request the app makes reaches the host page over ZAF's postMessage protocol.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { restSeen: string[] }).restSeen = seen;
      window.addEventListener('message', (event) => {
        const data: unknown = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
        const key = (data as { key?: unknown } | null)?.key;
        if (typeof key === 'string' && key.startsWith('request:')) seen.push(key);
      });
    });
    const before = requests.length;
    await app.getByRole('button', { name: 'Draft opening' }).click();
    await app.getByText('Added an opening to your reply. Nothing was sent.').waitFor();
    const editor = page.locator('#reply-editor');
    await expect.poll(() => editor.inputValue()).toMatch(/^Hallo Lena, danke für Ihre Geduld\./u);
    expect(await editor.inputValue()).toContain('SEPA-Lastschrift');
    // Inserting is a ZAF invoke: no REST request, and nothing left the browser.
    expect(
      await page.evaluate(() => (window as unknown as { restSeen: string[] }).restSeen),
    ).toEqual([]);
    expect(requests.slice(before).filter((url) => url.includes('/api/v2/'))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/draft-opening-10030.png` });
    expect(problems).toEqual([]);
  });

  it('reaches “Show full transcript” by Tab with stops on controls only', async () => {
    const { page } = await openHost(browser, { ticket: 10002 });
    const app = await paintedApp(page);
    const walk = keyboardWalk(page, app);
    await walk.enter();
    const stops = [];
    for (let i = 0; i < 20; i += 1) {
      const stop = await walk.press('Tab');
      if (stop === undefined) continue;
      stops.push(stop);
      if (/Show full transcript/.test(stop.name)) break;
    }
    expect(stops.at(-1)?.name).toMatch(/Show full transcript/);
    expect(stops.filter((stop) => !stop.acts).map((stop) => stop.element)).toEqual([]);
    expect(walk.failures()).toEqual([]);
  });
});
