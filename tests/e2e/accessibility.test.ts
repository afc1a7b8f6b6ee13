import { mkdirSync } from 'node:fs';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/e2e/browser';
import { openHost } from '../support/e2e/host-page';
import {
  expectNoSeriousViolations,
  importSentimentRule,
  openInsights,
  openRules,
  ruleItem,
  saveIntoConflict,
  SHOTS,
} from '../support/e2e/a11y-helpers';
import { paintedApp } from '../support/e2e/sidebar-helpers';

let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => close());

/** One sample of each kind of brief or state the sidebar shows. */
const SIDEBAR_SAMPLES = [
  [10001, 'a full package'],
  [10009, 'a malformed package'],
  [10011, 'a recovered Zendesk Chat transcript'],
  [10013, 'no handoff'],
  [10014, 'HTML and script in customer text'],
  [10016, 'a Japanese conversation'],
  [10017, 'a 2,000-message conversation'],
  [10018, 'buttons, forms and events'],
] as const;

async function openTranscript(app: Frame): Promise<boolean> {
  const show = app.getByRole('button', { name: /Show full transcript/ });
  if ((await show.count()) === 0) return false;
  await show.click();
  await app.getByRole('list', { name: 'Full transcript' }).waitFor();
  await app.locator('[data-region="transcript"] [role="listitem"]').first().waitFor();
  return true;
}

describe('the ticket sidebar under axe', () => {
  it.each(SIDEBAR_SAMPLES)(
    'ticket %i (%s) has no serious or critical violation, transcript closed or open',
    async (ticket, shows) => {
      const { page } = await openHost(browser, { ticket });
      const app = await paintedApp(page);
      await expectNoSeriousViolations(app, `the sidebar of ${ticket} (${shows})`);
      if (await openTranscript(app)) {
        await expectNoSeriousViolations(app, `the sidebar of ${ticket}, transcript open`);
      }
    },
  );

  it('has no serious or critical violation with the verdict set', async () => {
    const { page } = await openHost(browser, { ticket: 10001 });
    const app = await paintedApp(page);
    await app.getByRole('button', { name: 'Handoff was needed' }).click();
    await app.getByText('Your verdict: the handoff was needed.').waitFor();
    await expectNoSeriousViolations(app, 'the sidebar with a verdict set');
  });
});

describe('the Routing rules tab under axe', () => {
  it('has no serious or critical violation in the list, the refused-type note and a rule with a validation error', async () => {
    const { app } = await openRules(browser);
    await expectNoSeriousViolations(app, 'the rule list');

    await app
      .getByRole('button', { name: 'Why no time-based, turn-count or sentiment triggers?' })
      .click();
    await app.getByText('Some triggers are left out on purpose').waitFor();
    await expectNoSeriousViolations(app, 'the refused-type explanation');

    const refunds = ruleItem(app, 'Rule 2: Refunds and billing disputes');
    await refunds.getByRole('button', { name: 'Edit Refunds and billing disputes' }).click();
    await refunds.getByRole('textbox', { name: 'Phrases' }).fill('');
    await app.getByRole('button', { name: 'Save rules' }).and(app.locator(':disabled')).waitFor();
    await refunds.locator('[aria-invalid="true"]').first().waitFor();
    await expectNoSeriousViolations(app, 'a rule being edited with a validation error');
  });

  it('has no serious or critical violation in the import dialog refusing a sentiment rule', async () => {
    const { app } = await openRules(browser);
    const dialog = await importSentimentRule(app);
    await dialog.getByRole('alert').waitFor();
    await expectNoSeriousViolations(app, 'the import dialog with its refusal');
  });

  it('has no serious or critical violation in the tester, the back-test and the history', async () => {
    const { app } = await openRules(browser);
    await app
      .getByRole('textbox', { name: 'Conversation' })
      .fill('Customer: my card was charged twice\nCustomer: I want a refund or I call my lawyer');
    await app
      .getByRole('region', { name: 'Test result' })
      .getByText(/^Hands off: /)
      .waitFor();
    await expectNoSeriousViolations(app, 'the tester with a result');

    await app.getByRole('tab', { name: 'Back-test' }).click();
    await app.getByRole('button', { name: 'Run back-test' }).click();
    await app.getByRole('table', { name: 'Handoffs per rule' }).waitFor({ timeout: 30_000 });
    await expectNoSeriousViolations(app, 'the back-test, done');

    // A saved revision, so the history has rows and one of them can be viewed.
    const urgent = ruleItem(app, 'Rule 5: Urgent');
    await urgent.getByRole('switch', { name: 'Rule on: Urgent' }).check({ force: true });
    await app.getByRole('button', { name: 'Save rules' }).click();
    await app.getByText('Saved as revision 1').waitFor();
    await app.getByRole('tab', { name: 'History' }).click();
    await app.getByRole('button', { name: 'View revision 1' }).click();
    await app.getByRole('heading', { name: 'Revision 1' }).waitFor();
    await expectNoSeriousViolations(app, 'the history with a revision shown');
  });

  it('has no serious or critical violation in the read-only agent view', async () => {
    const { app } = await openRules(browser, { role: 'agent' });
    await app.getByText(/Only Zendesk admins can change routing rules/).waitFor();
    await ruleItem(app, 'Rule 2: Refunds and billing disputes')
      .getByRole('button', { name: 'Details of Refunds and billing disputes' })
      .click();
    await expectNoSeriousViolations(app, 'the read-only agent view');
  });

  it('has no serious or critical violation in the conflict view', async () => {
    const { app } = await openRules(browser);
    await saveIntoConflict(app);
    await expectNoSeriousViolations(app, 'the conflict view');
  });
});

describe('the Insights tab under axe', () => {
  it('has no serious or critical violation with a rule series added to the trend', async () => {
    const { app } = await openInsights(browser);
    // The loaded state itself is checked in insights.test.ts.
    const choices = app.getByRole('group', { name: 'Show in the chart' });
    // Garden draws the box over a visually hidden input: the label is what a person clicks.
    await choices.getByText('Urgent', { exact: true }).click();
    expect(await choices.getByRole('checkbox', { name: 'Urgent' }).isChecked()).toBe(true);
    await app.locator('.recharts-line').nth(5).waitFor();
    await expectNoSeriousViolations(app, 'Insights with a rule series added');
  });
});
