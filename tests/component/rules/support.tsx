import { screen, within } from '@testing-library/react';
import { readStoredRules, type StoredRules } from '../../../src/core/rule-revisions';
import {
  DEFAULT_RULES,
  serializeRuleSet,
  type Rule,
  type RuleSet,
} from '../../../src/core/routing';
import RulesTab from '../../../src/ui/locations/nav-bar/rules/RulesTab';
import { renderInZendesk } from '../../support/render-app';
import { DEFAULT_SETTINGS, type HarnessOptions, type ZafHarness } from '../../support/zaf-harness';

// Long enough that no test sees the late re-check unless it asks for it.
const NO_RECHECK = 10 * 60 * 1000;

export function ruleSetOf(revision: number, rules: readonly Rule[], by = 'Ana Ruiz'): RuleSet {
  return {
    schema: 'handoff-rules/v1',
    revision,
    updatedAt: '2026-11-20T09:00:00Z',
    updatedBy: by,
    rules,
  };
}

function settingsWith(current: RuleSet, history: readonly RuleSet[] = []) {
  return {
    ...DEFAULT_SETTINGS,
    routing_rules: serializeRuleSet(current),
    routing_rules_history: JSON.stringify(history),
  };
}

/** Revision 7 of the defaults, saved by Ana Ruiz, with revision 6 in the history. */
export const STORED_7 = settingsWith(ruleSetOf(7, DEFAULT_RULES.rules), [
  ruleSetOf(6, DEFAULT_RULES.rules.slice(0, 3), 'Sam Lee'),
]);

export function renderRules(
  options: HarnessOptions & { harness?: ZafHarness; recheckAfterMs?: number } = {},
) {
  const timing = {
    recheckAfterMs: options.recheckAfterMs ?? NO_RECHECK,
    // Retries stay on, as in the app, but without real waits between them.
    searchRetry: { backoffMs: 1, maxWaitSeconds: 0, defaultRetryAfterSeconds: 0 },
  };
  return renderInZendesk(<RulesTab timing={timing} />, {
    location: 'nav_bar',
    settings: STORED_7,
    ...options,
  });
}

/** The rules as the fake account stores them now. */
export function storedIn(harness: ZafHarness): StoredRules {
  return readStoredRules(harness.db.installation().settings);
}

export async function findRule(name: RegExp | string, container: HTMLElement = document.body) {
  const list = await within(container).findByRole('list', {
    name: 'Routing rules in priority order',
  });
  return within(list).getByRole('listitem', { name });
}

export const saveButton = (container: HTMLElement = document.body) =>
  within(container).getByRole('button', { name: /^(Save rules|Saving…)$/ });

export const rulePositions = () =>
  within(screen.getByRole('list', { name: 'Routing rules in priority order' }))
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('aria-label'));
