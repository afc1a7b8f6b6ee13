import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { baseOf, readStoredRules, type StoredRules } from '../../../src/core/rule-revisions';
import { DEFAULT_RULES, type Rule } from '../../../src/core/routing';
import { confirmSave, loadRules, saveRules, type SaveOutcome } from '../../../src/zendesk/settings';
import { createZafHarness, type ZafHarness } from '../../support/zaf-harness';
import { gateInstallation } from './request-gate';
import { findRule, renderRules, saveButton, STORED_7, storedIn } from './support';

const ID = 1001;
const NOW = '2026-11-24T12:00:00.000Z';
const withoutLegal = DEFAULT_RULES.rules.filter((rule) => rule.id !== 'legal');
const urgentOn = DEFAULT_RULES.rules.map((rule) =>
  rule.id === 'urgent' ? { ...rule, enabled: true } : rule,
);

/** Two admins' apps against one account: A owns the account, B reaches it through A's handlers. */
function twoAdmins() {
  const a = createZafHarness({ role: 'admin', location: 'nav_bar', settings: STORED_7 });
  const b = createZafHarness({ role: 'admin', location: 'nav_bar', settings: STORED_7 });
  return { a, b, gateA: gateInstallation(a), gateB: gateInstallation(b, a.db) };
}

function save(harness: ZafHarness, rules: readonly Rule[], base: StoredRules, author: string) {
  return saveRules(harness.connect(), {
    installationId: ID,
    rules,
    base: baseOf(base),
    author,
    now: NOW,
  });
}

function revisions(stored: StoredRules): (number | false)[] {
  return stored.history.map((entry) => entry.readable && entry.ruleSet.revision);
}

function expectConflict(outcome: SaveOutcome): Extract<SaveOutcome, { kind: 'conflict' }> {
  if (outcome.kind !== 'conflict') throw new Error(`expected a conflict, got ${outcome.kind}`);
  return outcome;
}

describe('two admins saving at once', () => {
  const start = readStoredRules(STORED_7);

  it('refuses the second save before it writes when the first finished before it read', async () => {
    const { a, b } = twoAdmins();
    expect((await save(a, urgentOn, start, 'Sam Lee')).kind).toBe('saved');
    const second = expectConflict(await save(b, withoutLegal, start, 'Ana Ruiz'));
    expect(second).toMatchObject({ overwritten: false, mine: withoutLegal });
    expect(b.calls.filter((call) => call.detail.startsWith('PUT'))).toHaveLength(0);
    expect(storedIn(a).ruleSet).toMatchObject({ revision: 8, updatedBy: 'Sam Lee' });
  });

  it('catches a write that replaced ours between our write and our read-back', async () => {
    const { a, b, gateA, gateB } = twoAdmins();
    const aPut = gateA.hold('PUT');
    const bPut = gateB.hold('PUT');
    const first = save(a, urgentOn, start, 'Sam Lee');
    const second = save(b, withoutLegal, start, 'Ana Ruiz');
    await Promise.all([aPut.arrived, bPut.arrived]); // both read revision 7
    const aReadBack = gateA.hold('GET');
    aPut.release();
    await aReadBack.arrived; // A's write landed
    bPut.release();
    expect((await second).kind).toBe('saved'); // B's write replaced A's
    aReadBack.release();
    const lost = expectConflict(await first);

    expect(lost).toMatchObject({ overwritten: true, mine: urgentOn });
    expect(lost.theirs.ruleSet).toMatchObject({ revision: 8, updatedBy: 'Ana Ruiz' });
    const stored = storedIn(a);
    expect(stored).toMatchObject({ source: 'stored', revision: 8, problems: [] });
    expect(revisions(stored)).toEqual([7, 6]);

    // A keeps theirs' successor: nothing of either admin is gone.
    expect((await save(a, lost.mine, lost.theirs, 'Sam Lee')).kind).toBe('saved');
    const final = storedIn(a);
    expect(final.ruleSet).toMatchObject({ revision: 9, rules: urgentOn });
    expect(revisions(final)).toEqual([8, 7, 6]);
    expect(final.history[0]?.readable && final.history[0].ruleSet.rules).toEqual(withoutLegal);
  });

  it('finds, on the late look, a write that replaced ours after our read-back', async () => {
    const { a, b, gateB } = twoAdmins();
    const bPut = gateB.hold('PUT');
    const second = save(b, withoutLegal, start, 'Ana Ruiz');
    await bPut.arrived; // B read revision 7 and is about to write
    const first = await save(a, urgentOn, start, 'Sam Lee');
    if (first.kind !== 'saved') throw new Error(`expected A to save, got ${first.kind}`);
    bPut.release();
    expect((await second).kind).toBe('saved');

    const late = expectConflict(await confirmSave(a.connect(), ID, first.write));
    expect(late).toMatchObject({ overwritten: true, mine: urgentOn });
    expect(readStoredRules(a.db.installation().settings).source).toBe('stored');
    expect((await save(a, late.mine, late.theirs, 'Sam Lee')).kind).toBe('saved');
    expect(revisions(storedIn(a))).toEqual([8, 7, 6]);
  });

  it('never leaves invalid rules or a gap in the history across every order of two saves', async () => {
    const orders = [
      ['a', 'b'],
      ['b', 'a'],
    ] as const;
    for (const order of orders) {
      const { a, b } = twoAdmins();
      const harness = { a, b };
      const drafts = { a: urgentOn, b: withoutLegal };
      const outcomes = await Promise.all(
        order.map((who) => save(harness[who], drafts[who], start, who)),
      );
      const stored = await loadRules(a.connect(), ID);
      expect(stored.source).toBe('stored');
      expect(revisions(stored)).toEqual([7, 6]);
      // Whoever did not win holds its draft in a conflict, to reconcile.
      const losers = outcomes.filter((outcome) => outcome.kind === 'conflict');
      expect(outcomes.filter((outcome) => outcome.kind === 'saved')).toHaveLength(
        2 - losers.length,
      );
      for (const loser of losers)
        expect([urgentOn, withoutLegal]).toContainEqual(loser.kind === 'conflict' && loser.mine);
    }
  });
});

describe('two rendered editors saving at once', () => {
  it('shows the loser the conflict, and keeping mine loses neither version', async () => {
    const a = createZafHarness({ role: 'admin', location: 'nav_bar', settings: STORED_7 });
    const b = createZafHarness({ role: 'admin', location: 'nav_bar', settings: STORED_7 });
    const gateA = gateInstallation(a);
    const gateB = gateInstallation(b, a.db);
    const editorA = renderRules({ harness: a, recheckAfterMs: 0 }).container;
    const editorB = renderRules({ harness: b, recheckAfterMs: 0 }).container;

    const urgent = await findRule(/Urgent/, editorA);
    fireEvent.click(within(urgent).getByRole('switch', { name: 'Rule on: Urgent' }));
    const legal = await findRule(/Legal and compliance/, editorB);
    fireEvent.click(within(legal).getByRole('button', { name: 'Delete Legal and compliance' }));

    const bPut = gateB.hold('PUT');
    const aLateLook = gateA.hold('GET', 3);
    fireEvent.click(saveButton(editorB));
    await bPut.arrived;
    fireEvent.click(saveButton(editorA));
    expect(await within(editorA).findByText('Saved as revision 8')).toBeVisible();
    await aLateLook.arrived;
    bPut.release();
    expect(await within(editorB).findByText('Saved as revision 8')).toBeVisible();
    aLateLook.release();

    const view = await within(editorA).findByRole('region', { name: 'Reconcile your changes' });
    expect(within(view).getByRole('alert')).toHaveTextContent('Not kept: Sam Lee saved revision 8');
    fireEvent.click(within(view).getByRole('button', { name: 'Save mine as revision 9…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save yours over revision 8?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save as revision 9' }));
    expect(await within(editorA).findByText('Saved as revision 9')).toBeVisible();

    await waitFor(() => expect(storedIn(a).revision).toBe(9));
    const stored = storedIn(a);
    expect(stored.ruleSet.rules.find((rule) => rule.id === 'urgent')?.enabled).toBe(true);
    expect(revisions(stored)).toEqual([8, 7, 6]);
    expect(
      stored.history[0]?.readable && stored.history[0].ruleSet.rules.map((r) => r.id),
    ).not.toContain('legal');
  });
});
