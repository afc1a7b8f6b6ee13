import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../src/core/rule-revisions';
import { DEFAULT_RULES, serializeRuleSet } from '../../../src/core/routing';
import type { ZafHarness } from '../../support/zaf-harness';
import { gateInstallation } from './request-gate';
import {
  findRule,
  renderRules,
  rulePositions,
  ruleSetOf,
  saveButton,
  STORED_7,
  storedIn,
} from './support';

const INSTALLATION = '*/api/v2/apps/installations/:id.json';
const puts = (harness: ZafHarness) =>
  harness.calls.filter((call) => call.detail.startsWith('PUT /api/v2/apps/installations'));

async function switchUrgentOnAndSave() {
  const urgent = await findRule(/Urgent/);
  fireEvent.click(within(urgent).getByRole('switch', { name: 'Rule on: Urgent' }));
  await waitFor(() => expect(saveButton()).toBeEnabled());
  fireEvent.click(saveButton());
}

/** Another admin's save, as it lands in the account: their rules as revision 8. */
function theirSave(harness: ZafHarness, revision = 8) {
  const theirs = ruleSetOf(
    revision,
    DEFAULT_RULES.rules.filter((rule) => rule.id !== 'legal'),
    'Ana Ruiz',
  );
  harness.db.replaceSettings({
    ...harness.db.installation().settings,
    routing_rules: serializeRuleSet(theirs),
    routing_rules_history: JSON.stringify([JSON.parse(STORED_7.routing_rules)]),
  });
  return harness.db.installation().settings;
}

describe('saving routing rules', () => {
  it('stores the next revision with who saved it, and keeps the previous rules in the history', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await switchUrgentOnAndSave();
    expect(await screen.findByText('Saved as revision 8')).toBeVisible();
    const stored = storedIn(harness);
    expect(stored.ruleSet).toMatchObject({ revision: 8, updatedBy: 'Sam Lee' });
    expect(stored.ruleSet.rules.find((rule) => rule.id === 'urgent')?.enabled).toBe(true);
    expect(stored.history[0]?.raw).toEqual(JSON.parse(STORED_7.routing_rules));
    expect(stored.history.map((entry) => entry.readable && entry.ruleSet.revision)).toEqual([7, 6]);
    expect(screen.getByText(/^Revision 8 · saved by Sam Lee · /)).toBeVisible();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    expect(puts(harness)).toHaveLength(1);
  });

  it('keeps an edit made while the save was in flight as an unsaved change', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    const put = gateInstallation(harness).hold('PUT');
    await switchUrgentOnAndSave();
    await put.arrived;
    const cancel = await findRule(/Cancellation/);
    fireEvent.click(within(cancel).getByRole('switch', { name: 'Rule on: Cancellation' }));
    put.release();
    expect(await screen.findByText('Saved as revision 8')).toBeVisible();
    expect(storedIn(harness).ruleSet.rules.find((rule) => rule.id === 'cancel')?.enabled).toBe(
      true,
    );
    expect(within(await findRule(/Cancellation/)).getByRole('switch')).not.toBeChecked();
    expect(screen.getByText('Unsaved changes')).toBeVisible();
  });

  it('refuses to overwrite a revision someone saved meanwhile and shows both versions', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    const theirs = theirSave(harness);
    await switchUrgentOnAndSave();
    const view = await screen.findByRole('region', { name: 'Reconcile your changes' });
    expect(within(view).getByRole('alert')).toHaveTextContent(
      'Not saved: Ana Ruiz saved revision 8 (Nov 20, 2026, 9:00 AM) while you were editing.',
    );
    const rows = within(view).getAllByRole('row');
    const row = (id: string) =>
      rows.find((r) => within(r).queryAllByRole('cell')[0]?.textContent?.startsWith(id));
    expect(row('urgent')).toHaveTextContent('Changed');
    expect(row('legal')).toHaveTextContent('Only yours');
    expect(row('legal')).toHaveTextContent('Not in this version');
    expect(row('refund')).toHaveTextContent('Same');
    expect(harness.db.installation().settings).toEqual(theirs);
    expect(puts(harness)).toHaveLength(0);
  });

  it('keeps mine after a confirm, as the revision after theirs, with theirs in the history', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    theirSave(harness);
    await switchUrgentOnAndSave();
    const view = await screen.findByRole('region', { name: 'Reconcile your changes' });
    fireEvent.click(within(view).getByRole('button', { name: 'Save mine as revision 9…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save yours over revision 8?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save as revision 9' }));
    expect(await screen.findByText('Saved as revision 9')).toBeVisible();
    const stored = storedIn(harness);
    expect(stored.ruleSet.rules.map((rule) => rule.id)).toContain('legal');
    expect(stored.history.map((entry) => entry.readable && entry.ruleSet.revision)).toEqual([8, 7]);
  });

  it('keeps theirs on request, replacing the draft with the stored rules', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    const theirs = theirSave(harness);
    await switchUrgentOnAndSave();
    const view = await screen.findByRole('region', { name: 'Reconcile your changes' });
    fireEvent.click(within(view).getByRole('button', { name: 'Keep theirs (discard my changes)' }));
    await waitFor(() => expect(rulePositions()).not.toContain('Rule 4: Legal and compliance'));
    expect(screen.getByText(/^Revision 8 · saved by Ana Ruiz/)).toBeVisible();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    expect(harness.db.installation().settings).toEqual(theirs);
  });

  it('copies one of their rules across into mine', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    theirSave(harness);
    await switchUrgentOnAndSave();
    const view = await screen.findByRole('region', { name: 'Reconcile your changes' });
    fireEvent.click(within(view).getByRole('button', { name: 'Drop yours: legal' }));
    await waitFor(() =>
      expect(within(view).queryByRole('button', { name: 'Drop yours: legal' })).toBeNull(),
    );
    fireEvent.click(within(view).getByRole('button', { name: 'Use theirs for urgent' }));
    // Both versions now agree, so there is nothing of mine left to save over theirs.
    await waitFor(() =>
      expect(within(view).getByRole('button', { name: 'Save mine as revision 9…' })).toBeDisabled(),
    );
  });

  it.each([
    [
      'a server error',
      () => new HttpResponse('oops', { status: 500 }),
      /temporary problem \(500\)/,
    ],
    [
      'a 403',
      () => HttpResponse.json({ error: 'Forbidden' }, { status: 403 }),
      /do not have permission/,
    ],
    [
      'a 422',
      () => HttpResponse.json({ error: 'RecordInvalid' }, { status: 422 }),
      /rejected the change as invalid/,
    ],
    [
      'a 429',
      () =>
        HttpResponse.json({ error: 'TooMany' }, { status: 429, headers: { 'Retry-After': '5' } }),
      /limiting requests/,
    ],
    ['a network failure', () => HttpResponse.error(), /could not be reached/],
  ])('leaves the stored rules and the draft as they were after %s', async (_, reply, words) => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    harness.use(http.put(INSTALLATION, reply));
    const before = harness.db.installation().settings;
    await switchUrgentOnAndSave();
    const alert = await screen.findByText('Not saved');
    expect(alert.closest('[role="alert"]')).toHaveTextContent(words);
    expect(
      screen.getByText('The stored rules are unchanged and your draft is still here.'),
    ).toBeVisible();
    expect(harness.db.installation().settings).toEqual(before);
    expect(screen.getByText('Unsaved changes')).toBeVisible();
    expect(
      within(await findRule(/Urgent/)).getByRole('switch', { name: 'Rule on: Urgent' }),
    ).toBeChecked();
  });

  it('sends every setting the app owns, so a save never drops the bot name or field id', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    harness.db.replaceSettings({
      ...harness.db.installation().settings,
      bot_name: 'Ledgerline Bot',
      context_field_id: '900000000001',
    });
    await switchUrgentOnAndSave();
    expect(await screen.findByText('Saved as revision 8')).toBeVisible();
    expect(harness.db.installation().settings).toMatchObject({
      bot_name: 'Ledgerline Bot',
      context_field_id: '900000000001',
    });
    expect(Object.keys(harness.db.installation().settings).sort()).toEqual([
      'bot_name',
      'context_field_id',
      'reply_opening',
      'reply_opening_templates',
      'routing_rules',
      'routing_rules_history',
    ]);
  });

  it('reports a conflict when a racing save overwrites ours before we read it back', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    harness.use(
      http.put(INSTALLATION, async ({ request }) => {
        const body = (await request.json()) as { settings: Record<string, string> };
        harness.db.replaceSettings(body.settings);
        theirSave(harness); // lands right after ours, from the same revision 7
        return HttpResponse.json(harness.db.installation());
      }),
    );
    await switchUrgentOnAndSave();
    const view = await screen.findByRole('region', { name: 'Reconcile your changes' });
    expect(within(view).getByRole('alert')).toHaveTextContent(
      'Not kept: Ana Ruiz saved revision 8',
    );
    expect(storedIn(harness)).toMatchObject({ source: 'stored', revision: 8 });
    expect(
      within(view)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toContainEqual(expect.stringMatching(/^urgentChanged/));
  });

  it('looks again after saving and reports a racing save that landed after the read-back', async () => {
    const { harness } = renderRules({ role: 'admin', recheckAfterMs: 0 });
    await findRule(/Urgent/);
    let reads = 0;
    harness.use(
      http.get(INSTALLATION, () => {
        reads += 1;
        // Reads: before the write, the read-back, then the late look: the racer lands before it.
        if (reads === 3) theirSave(harness);
      }),
    );
    await switchUrgentOnAndSave();
    const view = await screen.findByRole('region', { name: 'Reconcile your changes' });
    expect(within(view).getByRole('alert')).toHaveTextContent(
      'Not kept: Ana Ruiz saved revision 8',
    );
    expect(reads).toBe(3);
  });

  it('restores an earlier revision as a new revision', async () => {
    const { harness } = renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    const history = screen.getByRole('tabpanel', { name: 'History' });
    expect(
      within(history)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'RevisionSaved byRulesActions',
      expect.stringMatching(/^7current.*Ana Ruiz.*6View$/),
      expect.stringMatching(/^6.*Sam Lee.*3View$/),
    ]);
    fireEvent.click(within(history).getByRole('button', { name: 'View revision 6' }));
    fireEvent.click(await within(history).findByRole('button', { name: 'Restore revision 6…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore revision 6?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore as a new revision' }));
    expect(await screen.findByText('Saved as revision 8')).toBeVisible();
    const stored = storedIn(harness);
    expect(stored.ruleSet.rules.map((rule) => rule.id)).toEqual(['human', 'refund', 'cancel']);
    expect(stored.history.map((entry) => entry.readable && entry.ruleSet.revision)).toEqual([7, 6]);
    expect(parseHistory(harness.db.installation().settings['routing_rules_history'])).toHaveLength(
      2,
    );
  });
});
