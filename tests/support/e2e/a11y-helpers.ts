import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import { seriousViolations, type AxeViolation } from './axe';
import { openHost, type HostOptions, type OpenHost } from './host-page';

export const SHOTS = 'tmp/screenshots';
const RULE_LIST = 'Routing rules in priority order';
const INSIGHTS_TABLE = 'Handoffs per rule, in priority order';

/**
 * Each violation on its own lines: what rule, what it asks for, and where, with the start of
 * the element's markup (styled-components' class names alone do not say which element).
 */
async function describeViolations(app: Frame, violations: readonly AxeViolation[]) {
  const lines: string[] = [];
  for (const v of violations) {
    lines.push(`${v.id} (${v.impact ?? 'unknown'}): ${v.help}`);
    for (const target of v.targets) {
      const html = await app.evaluate(
        (selector) => document.querySelector(selector)?.outerHTML.slice(0, 160) ?? '',
        target,
      );
      lines.push(`    at ${target}  ${html}`);
    }
  }
  return lines.join('\n');
}

/** axe-core in the app's frame: no serious or critical violation in this state. */
export async function expectNoSeriousViolations(app: Frame, state: string): Promise<void> {
  const violations = await seriousViolations(app);
  const words = violations.length === 0 ? '' : await describeViolations(app, violations);
  expect(violations, `axe in ${state}:\n${words}`).toEqual([]);
}

/** The nav bar at the Routing rules tab, its rule list on screen. */
export async function openRules(browser: Browser, options: HostOptions = {}): Promise<OpenHost> {
  const host = await openHost(browser, {
    location: 'nav_bar',
    width: 1280,
    height: 800,
    ...options,
  });
  await host.app.getByRole('list', { name: RULE_LIST }).waitFor();
  return host;
}

export const ruleItem = (app: Frame, name: string) =>
  app.getByRole('list', { name: RULE_LIST }).getByRole('listitem', { name });

/** The nav bar at the Insights tab once its per-rule table is on screen. */
export async function openInsights(browser: Browser, options: HostOptions = {}): Promise<OpenHost> {
  const host = await openHost(browser, {
    location: 'nav_bar',
    width: 1280,
    height: 800,
    ...options,
  });
  await host.app.getByRole('tab', { name: 'Insights' }).click();
  await host.app.getByRole('table', { name: INSIGHTS_TABLE }).waitFor({ timeout: 30_000 });
  return host;
}

/**
 * Another admin's save, posted the way the SDK posts requests, so the host stores it as it
 * stores the app's own; the app's next save then meets a newer revision.
 */
export async function anotherAdminSaves(app: Frame, ruleSet: object): Promise<void> {
  await app.evaluate(
    ({ body, appGuid }) =>
      window.parent.postMessage(
        JSON.stringify({
          key: 'request:another-admin',
          message: {
            url: '/api/v2/apps/installations/1001.json',
            type: 'PUT',
            contentType: 'application/json',
            dataType: 'json',
            data: body,
          },
          appGuid,
        }),
        '*',
      ),
    {
      body: JSON.stringify({ settings: { routing_rules: JSON.stringify(ruleSet) } }),
      appGuid: DEMO_ACCOUNT.appGuid,
    },
  );
}

/**
 * Deletes Legal from the draft while another admin saves revision 1 (Refunds only), then saves:
 * the app meets the newer revision and shows both versions. Returns the reconcile view.
 */
export async function saveIntoConflict(app: Frame): Promise<Locator> {
  await ruleItem(app, 'Rule 4: Legal and compliance')
    .getByRole('button', { name: 'Delete Legal and compliance' })
    .click();
  await anotherAdminSaves(app, {
    schema: 'handoff-rules/v1',
    revision: 1,
    updatedAt: '2026-11-24T09:30:00Z',
    updatedBy: 'Ana Ruiz',
    rules: [
      { id: 'refund', type: 'keyword', label: 'Refunds only', enabled: true, phrases: ['refund*'] },
    ],
  });
  await app.getByRole('button', { name: 'Save rules' }).click();
  const view = app.getByRole('region', { name: 'Reconcile your changes' });
  await view.waitFor();
  return view;
}

/** Imports a rule set holding a sentiment rule, which the app refuses; returns the dialog. */
export async function importSentimentRule(app: Frame): Promise<Locator> {
  await app.getByRole('button', { name: 'Import JSON' }).click();
  const dialog = app.getByRole('dialog', { name: 'Import rules from JSON' });
  await dialog.getByRole('textbox', { name: 'handoff-rules/v1 JSON' }).fill(
    JSON.stringify({
      schema: 'handoff-rules/v1',
      rules: [{ id: 'angry', type: 'sentiment', label: 'Angry' }],
    }),
  );
  await dialog.getByRole('button', { name: 'Replace the draft' }).click();
  return dialog;
}

/** The app's iframe as it sits in the host page, for screenshots. */
export const appFrame = (page: Page) => page.locator('iframe#app');
