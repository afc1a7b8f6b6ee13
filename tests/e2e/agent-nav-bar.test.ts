import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/e2e/browser';
import { openHost } from '../support/e2e/host-page';

let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
});
afterAll(async () => close());

// ZAF's ticketFields exists only in ticket locations, and the local host refuses it elsewhere
// as Zendesk does: on the nav bar the context field is found through the installation's
// requirements, which agents may read.
describe('an agent on the Handoff Brief tab, with no field id cached', () => {
  it('sees the intents that fall through to people and can run the back-test', async () => {
    const { app, problems } = await openHost(browser, {
      location: 'nav_bar',
      role: 'agent',
    });
    await app.getByRole('tab', { name: 'Insights' }).click();
    const intents = app.getByRole('table', {
      name: 'Intents reaching people through the confidence fallback',
    });
    await intents.waitFor({ timeout: 30_000 });
    expect(await intents.getByRole('row').count()).toBeGreaterThan(1);

    await app.getByRole('tab', { name: 'Routing rules' }).click();
    await app.getByRole('tab', { name: 'Back-test' }).click();
    await app.getByRole('button', { name: 'Run back-test' }).click();
    await app.getByText(/^Back-test finished on \d+ tickets?\.$/).waitFor({ timeout: 30_000 });
    const replayed = (await app.getByText(/^\d+ tickets? replayed\./).textContent()) ?? '';
    expect(Number(/\d+/.exec(replayed)?.[0])).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
