import { mkdirSync } from 'node:fs';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../translations/de.json';
import en from '../../translations/en.json';
import es from '../../translations/es.json';
import fr from '../../translations/fr.json';
import ja from '../../translations/ja.json';
import ptBR from '../../translations/pt-BR.json';
import { launchChromium } from '../support/e2e/browser';
import { importSentimentRule, ruleItem, saveIntoConflict } from '../support/e2e/a11y-helpers';
import { openHost, type HostOptions } from '../support/e2e/host-page';
import { clippedText, tabsOutsideTheirList } from '../support/e2e/i18n-layout';
import { textOutsideCells } from '../support/e2e/table-layout';

let browser: Browser;
let close: () => Promise<void>;
const SHOTS = 'tmp/screenshots';

beforeAll(async () => {
  ({ browser, close } = await launchChromium());
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => close());

const MESSAGES = { 'en-US': en, de, fr, es, ja, 'pt-BR': ptBR } as const;
type Locale = keyof typeof MESSAGES;

async function openRules(options: HostOptions = {}) {
  const host = await openHost(browser, {
    location: 'nav_bar',
    width: 1280,
    height: 800,
    ...options,
  });
  const words = MESSAGES[(options.locale ?? 'en-US') as Locale];
  await host.app.getByRole('list', { name: words.rules.editor.listLabel }).waitFor();
  return host;
}

/** Top edges of what should share a line; they differ by at most a pixel when it does. */
async function topsOf(...boxes: Locator[]): Promise<number[]> {
  const tops = await Promise.all(boxes.map(async (box) => (await box.boundingBox())?.y ?? NaN));
  return tops.map((top) => Math.round(top - (tops[0] ?? 0)));
}

/** After a reload the host page builds a new frame; find the app in it again. */
async function reopen(page: Page): Promise<Frame> {
  await page.reload();
  const handle = await page.waitForSelector('iframe#app[src]');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('The app iframe has no frame');
  await frame.getByRole('list', { name: 'Routing rules in priority order' }).waitFor();
  return frame;
}

describe('the Routing rules tab', () => {
  it('lets an admin edit and save a rule, and shows it after a reload', async () => {
    const { app, page, problems } = await openRules();
    await page.screenshot({ path: `${SHOTS}/rules-tab.png` });
    const urgent = ruleItem(app, 'Rule 5: Urgent');
    await urgent.getByRole('button', { name: 'Edit Urgent' }).click();
    await urgent.getByRole('textbox', { name: 'Name' }).fill('Urgent outages');
    await urgent.getByRole('textbox', { name: 'Phrases' }).fill('outage\nsite is down\nurgent*');
    await urgent.getByRole('switch', { name: 'Rule on: Urgent outages' }).check({ force: true });
    await page.screenshot({ path: `${SHOTS}/rules-editing.png` });
    await app.getByRole('button', { name: 'Save rules' }).click();
    await app.getByText('Saved as revision 1').waitFor();
    // The nudge counts the rules saved on: six now.
    await expect
      .poll(() => app.getByText('6 rules are on: more than the 5 we recommend').count())
      .toBe(1);

    const reloaded = await reopen(page);
    const saved = ruleItem(reloaded, 'Rule 5: Urgent outages');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('3 phrases');
    expect(await reloaded.getByText(/^Revision 1 · saved by Sam Lee · /).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('moves a rule by dragging its handle, in one gesture, and says where it went', async () => {
    // Tall enough that the last rule and the second are on screen together, as a hand needs.
    const { app, page, problems } = await openRules({ height: 1100 });
    const handle = ruleItem(app, 'Rule 6: Bot had no good answer').getByTitle(
      'Drag to move Bot had no good answer',
    );
    const from = await handle.boundingBox();
    const to = await ruleItem(app, 'Rule 2: Refunds and billing disputes').boundingBox();
    if (from === null || to === null) throw new Error('The rules are not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Travel in steps, as a hand does: the sensor starts a drag only after a few pixels.
    await page.mouse.move(from.x + from.width / 2, to.y + to.height / 3, { steps: 12 });
    await page.screenshot({ path: `${SHOTS}/rules-dragging.png` });
    await page.mouse.up();
    await ruleItem(app, 'Rule 2: Bot had no good answer').waitFor();
    expect(
      await app
        .getByRole('list', { name: 'Routing rules in priority order' })
        .getByRole('listitem')
        .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label'))),
    ).toEqual([
      'Rule 1: Asked for a person',
      'Rule 2: Bot had no good answer',
      'Rule 3: Refunds and billing disputes',
      'Rule 4: Cancellation',
      'Rule 5: Legal and compliance',
      'Rule 6: Urgent',
    ]);
    await app.getByText('Bot had no good answer moved to position 2 of 6.').waitFor();
    await page.screenshot({ path: `${SHOTS}/rules-dragged.png` });
    // Every card lines up its handle, position and switch, whatever the length of its name.
    const lefts = await app
      .getByRole('combobox', { name: /^Position of / })
      .evaluateAll((boxes) => boxes.map((box) => Math.round(box.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    // The handle is for pointers and touch; it is not a tab stop (the position picker is).
    const moved = ruleItem(app, 'Rule 2: Bot had no good answer');
    expect(
      await moved.getByTitle('Drag to move Bot had no good answer').getAttribute('tabindex'),
    ).toBeNull();
    await app.getByRole('button', { name: 'Save rules' }).click();
    await app.getByText('Saved as revision 1').waitFor();
    const reloaded = await reopen(page);
    expect(await ruleItem(reloaded, 'Rule 2: Bot had no good answer').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('refuses a sentiment rule with the explanation and leaves the saved rules unchanged', async () => {
    const { app, page, problems } = await openRules();
    await app
      .getByRole('button', { name: 'Why no time-based, turn-count or sentiment triggers?' })
      .click();
    await app.getByText(/fire on calm customers too/).waitFor();
    const dialog = await importSentimentRule(app);
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      'triggers are refused: time-based, turn-count and sentiment-only triggers fire on calm customers and interrupt people mid-resolution',
    );
    await page.screenshot({ path: `${SHOTS}/rules-refused-sentiment.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await app.getByRole('button', { name: 'Save rules' }).isDisabled()).toBe(true);

    const reloaded = await reopen(page);
    expect(await reloaded.getByText('Revision 0', { exact: true }).count()).toBe(1);
    expect(await reloaded.getByRole('listitem', { name: /Angry/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows an agent the rules read-only, with the reason', async () => {
    const { app, page, problems } = await openRules({ role: 'agent' });
    await app.getByText(/Only Zendesk admins can change routing rules/).waitFor();
    expect(await app.getByRole('button', { name: 'Save rules' }).count()).toBe(0);
    expect(await app.getByRole('button', { name: /^Delete / }).count()).toBe(0);
    const refunds = ruleItem(app, 'Rule 2: Refunds and billing disputes');
    expect(await refunds.getByRole('switch').count()).toBe(0);
    expect(await refunds.getByText('On', { exact: true }).count()).toBe(1);
    expect(await ruleItem(app, 'Rule 5: Urgent').getByText('Off', { exact: true }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/rules-agent.png` });
    expect(problems).toEqual([]);
  });

  it('refuses a save that would overwrite another admin’s, and loses neither version', async () => {
    const { app, page, problems } = await openRules();
    const view = await saveIntoConflict(app);
    expect(await view.getByRole('alert').textContent()).toContain(
      'Not saved: Ana Ruiz saved revision 1',
    );
    expect(await view.getByText('Refunds only').count()).toBe(1);
    expect(await view.getByText('Cancellation').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/rules-conflict.png` });

    const reloaded = await reopen(page);
    expect(await reloaded.getByText(/^Revision 1 · saved by Ana Ruiz · /).count()).toBe(1);
    expect(await ruleItem(reloaded, 'Rule 1: Refunds only').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('tests a conversation and marks the words that fired', async () => {
    const { app, page, problems } = await openRules();
    await app
      .getByRole('textbox', { name: 'Conversation' })
      .fill(
        'Customer: my card was charged twice\nBot: Let me look into that.\nCustomer: I want a refund or I call my lawyer',
      );
    const result = app.getByRole('region', { name: 'Test result' });
    await result.getByText('Hands off: Refunds and billing disputes (Keyword)').waitFor();
    expect(await result.locator('mark').allTextContents()).toEqual(['charged twice', 'lawyer']);
    await page.screenshot({ path: `${SHOTS}/rules-tester.png` });
    await result.screenshot({ path: `${SHOTS}/rules-tester-result.png` });
    expect(problems).toEqual([]);
  });
});

// 1024 px stacks the side panel under the rules beside the host's ticket list; 1280 px does not.
// One page per language, resized: the layout answers the frame's width, not a reload.
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
] as const;

/** Lets a resize reach the frame's layout before anything is measured. */
async function settled(app: Frame): Promise<void> {
  await app.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

describe('the Routing rules tab in every language', () => {
  it.each(Object.keys(MESSAGES) as Locale[])(
    'lays out %s at 1024 and 1280 px: side tabs whole, fields lined up, back-test figures in their cells',
    async (locale) => {
      const words = MESSAGES[locale].rules;
      const { app, page, problems } = await openRules({ locale, ...SIZES[0] });
      const label = (text: string) => app.locator('label').getByText(text, { exact: true });
      const box = (text: string) => app.getByRole('textbox', { name: text, exact: true });
      const { intentConfidence, answerConfidence } = words.tester;
      const name = 'Bot had no good answer';
      await app
        .getByRole('button', { name: words.editor.editRule.replace('{{name}}', name) })
        .click();
      const form = app.locator('[id^="rule-body-"]:visible');
      const field = (text: string) => form.getByRole('textbox', { name: text, exact: true });

      for (const size of SIZES) {
        const at = `${locale} at ${size.width} px`;
        await page.setViewportSize(size);
        await app.getByRole('tab', { name: words.side.test, exact: true }).click();
        await settled(app);
        expect(await tabsOutsideTheirList(app), at).toEqual([]);
        expect(await clippedText(app), at).toEqual([]);
        expect(await topsOf(label(intentConfidence), label(answerConfidence)), at).toEqual([0, 0]);
        expect(await topsOf(box(intentConfidence), box(answerConfidence)), at).toEqual([0, 0]);
        const nameAndId = [field(words.fields.label.label), field(words.fields.id.label)];
        expect(await topsOf(...nameAndId), at).toEqual([0, 0]);
        await page.screenshot({ path: `${SHOTS}/rules-${locale}-${size.width}.png` });

        await app.getByRole('tab', { name: words.side.backTest }).click();
        const results = app.getByRole('table').filter({ hasText: words.backTest.tableCaption });
        if ((await results.count()) === 0) {
          await app.getByRole('button', { name: words.backTest.run }).click();
          await results.waitFor();
        }
        await settled(app);
        expect(await textOutsideCells(app), at).toEqual([]);
      }
      expect(problems).toEqual([]);
    },
  );
});
