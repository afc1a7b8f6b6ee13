import { mkdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../../src/demo/demo-account';
import { launchChromium } from '../support/e2e/browser';
import { openHost } from '../support/e2e/host-page';
import { appFrame, openInsights, openRules, ruleItem, SHOTS } from '../support/e2e/a11y-helpers';
import { interactiveProblems, keyboardWalk, type KeyboardWalk } from '../support/e2e/focus-walk';
import { loadSamples, paintedApp } from '../support/e2e/sidebar-helpers';

let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => close());

const REFUND = 10001;

const LONG_TAIL = 'The statement lists both charges with the same reference. ';

/** Ticket 10001's package with a long customer message at the firing message. */
function packageWithLongMessage(): string {
  const sample = loadSamples().find((s) => s.id === REFUND);
  const field = sample?.file.ticket.custom_fields.find((f) => f.id === DEMO_ACCOUNT.contextFieldId);
  if (typeof field?.value !== 'string') throw new Error(`Ticket ${REFUND} has no package`);
  const pkg = JSON.parse(field.value) as { transcript: { text: string }[] };
  const firing = pkg.transcript[4];
  if (firing === undefined) throw new Error(`Ticket ${REFUND} has no fifth message`);
  // Before the customer's words, so the ask's cut of the firing message changes when it arrives.
  firing.text = `${LONG_TAIL.repeat(30)}${firing.text}`;
  return JSON.stringify(pkg);
}

/**
 * Rewrites the ticket's context field through the host page's editor, as a bot update would, and
 * waits until the brief has read it: the ask cuts the longer firing message differently.
 */
async function putInField(page: Page, app: Frame, value: string): Promise<void> {
  const ask = () => app.locator('[data-section="ask"]').textContent();
  const before = await ask();
  await page.evaluate((text) => {
    (document.getElementById('context-field') as HTMLTextAreaElement).value = text;
    document.getElementById('apply-field')?.click();
  }, value);
  await expect.poll(ask).not.toBe(before);
}

const isFocused = (app: Frame, selector: string) =>
  app.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

async function expectClean(walk: KeyboardWalk, app: Frame): Promise<void> {
  expect(walk.failures(), 'focus stops without a ring, a name or a role').toEqual([]);
  expect(await interactiveProblems(app), 'interactive elements').toEqual([]);
}

describe('the ticket sidebar by keyboard', () => {
  it('lets an agent reach and press both verdict buttons', async () => {
    const { page, problems } = await openHost(browser, { ticket: REFUND });
    const app = await paintedApp(page);
    const walk = keyboardWalk(page, app);
    await walk.enter();
    await walk.tabTo('button', 'Handoff was needed');
    await walk.press('Enter');
    await app.getByText('Your verdict: the handoff was needed.').waitFor();
    expect(await isFocused(app, '[data-verdict="needed"][aria-pressed="true"]')).toBe(true);

    await walk.tabTo('button', 'Bot could have handled this');
    await walk.press('Space');
    await app.getByText('Your verdict: the bot could have handled this.').waitFor();
    expect(await isFocused(app, '[data-verdict="unneeded"][aria-pressed="true"]')).toBe(true);
    await appFrame(page).screenshot({ path: `${SHOTS}/a11y-sidebar-verdict-focus.png` });
    await expectClean(walk, app);
    expect(problems).toEqual([]);
  });

  it('opens the transcript and reaches "show more" on a long message', async () => {
    const { page, problems } = await openHost(browser, { ticket: REFUND });
    const app = await paintedApp(page);
    await putInField(page, app, packageWithLongMessage());
    const walk = keyboardWalk(page, app);
    await walk.enter();
    await walk.tabTo('button', /^Show full transcript/);
    await walk.press('Enter');
    await app.getByRole('list', { name: 'Full transcript' }).waitFor();
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Hide transcript' });

    await walk.tabTo('button', /^Show more \(/);
    await walk.press('Enter');
    // The whole message is on screen: focus moves to the control that remains, not the page.
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Show less' });
    await walk.press('Enter');
    expect(await walk.focused()).toMatchObject({ role: 'button', name: /^Show more \(/ });
    await appFrame(page).screenshot({ path: `${SHOTS}/a11y-sidebar-show-more-focus.png` });
    await expectClean(walk, app);
    expect(problems).toEqual([]);
  });
});

describe('the Routing rules tab by keyboard', () => {
  it('lets an admin add a rule, edit its phrases, move it, switch it off and save', async () => {
    const { page, app, problems } = await openRules(browser);
    const walk = keyboardWalk(page, app);
    await walk.enter();
    await walk.tabTo('button', 'Add rule');
    await walk.press('Enter');
    // The new rule's form opens with focus in it.
    expect(await walk.focused()).toMatchObject({ role: 'textbox', name: 'Name' });
    await page.keyboard.type('Outages');
    await walk.tabTo('textbox', 'Phrases');
    await page.keyboard.type('outage');
    await walk.press('Enter');
    await page.keyboard.type('site is down');
    const outages = ruleItem(app, 'Rule 7: Outages');
    expect(await outages.getByRole('textbox', { name: 'Phrases' }).inputValue()).toBe(
      'outage\nsite is down',
    );

    await walk.tabTo('button', 'Move Outages up', { backwards: true });
    await walk.press('Enter');
    await ruleItem(app, 'Rule 6: Outages').waitFor();
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Move Outages up' });
    await walk.press('Enter');
    await ruleItem(app, 'Rule 5: Outages').waitFor();
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Move Outages up' });
    await walk.tabTo('button', 'Move Outages down');
    await walk.press('Space');
    await ruleItem(app, 'Rule 6: Outages').waitFor();
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Move Outages down' });
    await appFrame(page).screenshot({ path: `${SHOTS}/a11y-rules-move-focus.png` });

    const toggle = ruleItem(app, 'Rule 6: Outages').getByRole('switch');
    expect(await toggle.isChecked()).toBe(true);
    await walk.tabTo('switch', 'Rule on: Outages', { backwards: true });
    await walk.press('Space');
    expect(await toggle.isChecked()).toBe(false);

    await walk.tabTo('button', 'Save rules', { backwards: true });
    await walk.press('Enter');
    await app.getByText('Saved as revision 1').waitFor();
    // Save disabled itself; the result holds focus instead of the page.
    expect((await walk.focused())?.element).toContain('Saved as revision 1');
    await expectClean(walk, app);
    expect(problems).toEqual([]);
  });

  it('keeps focus on Undo after a delete and on the rule it brings back', async () => {
    const { page, app, problems } = await openRules(browser);
    const walk = keyboardWalk(page, app);
    await walk.enter();
    await walk.tabTo('button', 'Delete Legal and compliance');
    await walk.press('Enter');
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Undo' });
    await walk.press('Enter');
    await ruleItem(app, 'Rule 4: Legal and compliance').waitFor();
    expect(await walk.focused()).toMatchObject({
      role: 'button',
      name: 'Edit Legal and compliance',
    });

    await walk.press('Enter');
    await walk.tabTo('textbox', 'Name');
    await page.keyboard.type(' (EU)');
    await walk.tabTo('button', 'Discard changes', { backwards: true });
    await walk.press('Enter');
    await ruleItem(app, 'Rule 4: Legal and compliance').waitFor();
    expect(await walk.focused()).toMatchObject({ role: 'heading', name: 'Rules' });
    await expectClean(walk, app);
    expect(problems).toEqual([]);
  });

  it('switches tabs with the arrow keys and returns focus to what opened a dialog', async () => {
    const { page, app, problems } = await openRules(browser);
    const walk = keyboardWalk(page, app);
    await walk.enter();
    await walk.tabTo('tab', 'Routing rules');
    await walk.press('ArrowRight');
    expect(await walk.focused()).toMatchObject({ role: 'tab', name: 'Insights' });
    await walk.press('Enter');
    await app.getByRole('tab', { name: 'Insights', selected: true }).waitFor();
    await walk.press('ArrowLeft');
    await walk.press('Space');
    await app.getByRole('tab', { name: 'Routing rules', selected: true }).waitFor();
    await app.getByRole('list', { name: 'Routing rules in priority order' }).waitFor();

    await walk.tabTo('button', 'Import JSON');
    await walk.press('Enter');
    const dialog = app.getByRole('dialog', { name: 'Import rules from JSON' });
    await dialog.waitFor();
    const inDialog = '[role="dialog"], [role="dialog"] *';
    expect(await isFocused(app, inDialog)).toBe(true);
    // Tab stays inside the dialog.
    for (let i = 0; i < 6; i += 1) {
      await walk.press('Tab');
      expect(await isFocused(app, inDialog)).toBe(true);
    }
    await walk.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Import JSON' });

    await walk.press('Enter');
    await dialog.waitFor();
    await walk.tabTo('button', 'Cancel');
    await walk.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Import JSON' });

    await walk.tabTo('tab', 'Test');
    await walk.press('ArrowRight');
    await walk.press('ArrowRight');
    expect(await walk.focused()).toMatchObject({ role: 'tab', name: 'History' });
    await walk.press('Enter');
    await app.getByRole('tab', { name: 'History', selected: true }).waitFor();
    await expectClean(walk, app);
    expect(problems).toEqual([]);
  });
});

describe('the Insights tab by keyboard', () => {
  it('reaches Refresh, Export CSV and the chart’s rule checkboxes', async () => {
    const { page, app, problems } = await openInsights(browser);
    const walk = keyboardWalk(page, app);
    await walk.enter();
    await walk.tabTo('button', 'Refresh');
    await walk.press('Enter');
    await app.getByRole('button', { name: 'Refresh', disabled: false }).waitFor({
      timeout: 30_000,
    });
    // Refresh disabled itself while counting; focus comes back to it.
    expect(await walk.focused()).toMatchObject({ role: 'button', name: 'Refresh' });

    await walk.tabTo('button', 'Export CSV');
    await walk.press('Enter');
    const dialog = app.getByRole('dialog', { name: 'Export figures as CSV' });
    await dialog.getByRole('button', { name: 'Copy CSV' }).waitFor();
    await walk.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await walk.tabTo('checkbox', 'Urgent');
    await walk.press('Space');
    await app.locator('.recharts-line').nth(5).waitFor({ timeout: 30_000 });
    expect(await walk.focused()).toMatchObject({ role: 'checkbox', name: 'Urgent' });
    expect(await isFocused(app, 'input[type="checkbox"]:checked')).toBe(true);
    await appFrame(page).screenshot({ path: `${SHOTS}/a11y-insights-toggle-focus.png` });
    await expectClean(walk, app);
    expect(problems).toEqual([]);
  });
});
