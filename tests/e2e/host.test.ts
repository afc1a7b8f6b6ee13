import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/e2e/browser';
import { APP_FRAME_SANDBOX } from '../../src/demo/host/app-frame';
import { openHost } from '../support/e2e/host-page';

let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
});
afterAll(async () => close());

describe('the local Zendesk host', () => {
  it('lists the sample tickets and opens the one in the URL', async () => {
    const { page, problems } = await openHost(browser, { ticket: 10002 });
    const picker = page.getByRole('complementary', { name: 'Sample tickets' });
    expect(await picker.getByRole('link').count()).toBeGreaterThanOrEqual(19);
    await expect.poll(() => page.locator('#subject').textContent()).toContain('#10002');
    expect(await picker.locator('[aria-current="page"]').textContent()).toContain('#10002');
    expect(problems).toEqual([]);
  });

  it('loads the app from zcli apps:server the way Zendesk does, with origin and app_guid', async () => {
    const { page } = await openHost(browser, { ticket: 10001 });
    const src = new URL((await page.locator('iframe#app').getAttribute('src')) ?? '');
    expect(src.pathname).toBe('/0/assets/sidebar.html');
    expect(src.searchParams.get('origin')).toBe(new URL(page.url()).origin);
    expect(src.searchParams.get('app_guid')).toBeTruthy();
  });

  it('frames the app with no download or clipboard permission, and pop-ups allowed', async () => {
    const { page, app, context } = await openHost(browser, { ticket: 10001 });
    const frame = page.locator('iframe#app');
    expect(((await frame.getAttribute('sandbox')) ?? '').split(' ').sort()).toEqual(
      [...APP_FRAME_SANDBOX].sort(),
    );
    expect(await frame.getAttribute('allow')).toBeNull();
    const clipboard = await app.evaluate(() =>
      navigator.clipboard.writeText('x').then(
        () => 'written',
        (error: unknown) => (error instanceof Error ? error.name : 'refused'),
      ),
    );
    expect(clipboard).toBe('NotAllowedError');
    // The brief's page link opens a new tab, as Zendesk's own apps do with window.open.
    await context.route('https://app.ledgerline.example/**', (route) =>
      route.fulfill({ contentType: 'text/plain', body: 'the customer’s page' }),
    );
    const link = app.getByRole('link', { name: /Billing/ }).first();
    await link.waitFor();
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    expect(popup.url()).toMatch(/^https:\/\/app\.ledgerline\.example\//);
  });

  it('closes the browser contexts the tests before it opened, passed or failed', () => {
    // openHost closes what it opened when its test ends: nothing is left from the tests above.
    expect(browser.contexts()).toEqual([]);
  });
});
