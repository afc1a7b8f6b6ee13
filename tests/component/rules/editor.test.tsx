import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../src/core/routing';
import { DEFAULT_SETTINGS } from '../../support/zaf-harness';
import { findRule, renderRules, rulePositions, saveButton } from './support';

async function openRule(name: string) {
  const rule = await findRule(new RegExp(name));
  fireEvent.click(within(rule).getByRole('button', { name: `Edit ${name}` }));
  return rule;
}

describe('the routing rules editor', () => {
  it('lists the stored rules in priority order and says that order is priority', async () => {
    renderRules({ role: 'admin' });
    await findRule(/Refunds and billing disputes/);
    expect(rulePositions()).toEqual([
      'Rule 1: Asked for a person',
      'Rule 2: Refunds and billing disputes',
      'Rule 3: Cancellation',
      'Rule 4: Legal and compliance',
      'Rule 5: Urgent',
      'Rule 6: Bot had no good answer',
    ]);
    expect(screen.getByText(/Order is priority: the first rule that matches fires/)).toBeVisible();
    expect(
      screen.getByText('Revision 7 · saved by Ana Ruiz · Nov 20, 2026, 9:00 AM'),
    ).toBeVisible();
  });

  it('shows each validation issue in words beside its field and disables Save with a summary', async () => {
    renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    const rule = await findRule('Rule 7: Untitled rule');
    const name = within(rule).getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'Refund' } });
    fireEvent.change(name, { target: { value: '' } });
    fireEvent.change(within(rule).getByRole('textbox', { name: 'ID' }), {
      target: { value: 'Refund Rule' },
    });
    fireEvent.change(within(rule).getByRole('textbox', { name: 'Phrases' }), {
      target: { value: 'refund*\n\n  *!  \nchargeback' },
    });
    expect(name).toHaveAccessibleDescription(expect.stringContaining('This is required.'));
    expect(within(rule).getByRole('textbox', { name: 'ID' })).toHaveAccessibleDescription(
      expect.stringContaining('“Refund Rule” cannot become a Zendesk tag'),
    );
    expect(within(rule).getByRole('textbox', { name: 'Phrases' })).toHaveAccessibleDescription(
      expect.stringContaining('Line 3: This phrase has no words to match.'),
    );
    expect(saveButton()).toBeDisabled();
    expect(saveButton()).toHaveAccessibleDescription(
      expect.stringContaining('3 problems to fix before saving'),
    );
    expect(screen.getByText('Fix 3 problems to save')).toBeVisible();
  });

  it('explains a threshold outside 0–1 beside the field', async () => {
    renderRules({ role: 'admin' });
    const rule = await openRule('Bot had no good answer');
    const below = within(rule).getByRole('textbox', { name: 'Confidence below' });
    fireEvent.change(below, { target: { value: '1.5' } });
    expect(below).toHaveAccessibleDescription(
      expect.stringContaining('Enter a number from 0 to 1'),
    );
  });

  it('offers only the four working types and explains why time, turn count and sentiment are missing', async () => {
    renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    const picker = screen.getByRole('combobox', { name: "New rule's trigger type" });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Keyword', 'Intent', 'Low confidence', 'Customer request']);
    const why = screen.getByRole('button', {
      name: 'Why no time-based, turn-count or sentiment triggers?',
    });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/fire on calm customers too: they interrupt people/)).toBeVisible();
  });

  it('refuses pasted JSON with a sentiment rule, explains why, and leaves the draft alone', async () => {
    renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    fireEvent.click(screen.getByRole('button', { name: 'Import JSON' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import rules from JSON' });
    const pasted = {
      schema: 'handoff-rules/v1',
      rules: [{ id: 'angry', type: 'sentiment', label: 'Angry customers' }],
    };
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'handoff-rules/v1 JSON' }), {
      target: { value: JSON.stringify(pasted) },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace the draft' }));
    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('Not imported: the editor is unchanged');
    expect(refusal).toHaveTextContent(
      'Rule 1 Angry customers · Trigger type: “sentiment” triggers are refused: time-based, turn-count and sentiment-only triggers fire on calm customers and interrupt people mid-resolution.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rulePositions()).toHaveLength(DEFAULT_RULES.rules.length);
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('imports a valid rule set as unsaved changes', async () => {
    renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    fireEvent.click(screen.getByRole('button', { name: 'Import JSON' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import rules from JSON' });
    const pasted = {
      schema: 'handoff-rules/v1',
      rules: [{ id: 'gdpr', type: 'keyword', label: 'Privacy', phrases: ['gdpr'] }],
    };
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'handoff-rules/v1 JSON' }), {
      target: { value: JSON.stringify(pasted) },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace the draft' }));
    await waitFor(() => expect(rulePositions()).toEqual(['Rule 1: Privacy']));
    expect(screen.getByText('Unsaved changes')).toBeVisible();
    expect(saveButton()).toBeEnabled();
  });

  it('moves a rule with the keyboard, keeps focus on the control and announces the new position', async () => {
    const user = userEvent.setup();
    renderRules({ role: 'admin' });
    const rule = await findRule(/Cancellation/);
    within(rule).getByRole('button', { name: 'Move Cancellation up' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rulePositions()[1]).toBe('Rule 2: Cancellation'));
    expect(document.activeElement).toHaveAccessibleName('Move Cancellation up');
    expect(screen.getByText('Cancellation moved to position 2 of 6.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rulePositions()[0]).toBe('Rule 1: Cancellation'));
    // At the top "up" is disabled, so focus moves to its twin rather than getting lost.
    expect(document.activeElement).toHaveAccessibleName('Move Cancellation down');
    expect(screen.getByText('Unsaved changes')).toBeVisible();
  });

  it('deletes a rule with a one-keypress undo', async () => {
    const user = userEvent.setup();
    renderRules({ role: 'admin' });
    const rule = await findRule(/Urgent/);
    fireEvent.click(within(rule).getByRole('button', { name: 'Delete Urgent' }));
    await waitFor(() => expect(rulePositions()).not.toContain('Rule 5: Urgent'));
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rulePositions()[4]).toBe('Rule 5: Urgent'));
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('nudges toward a narrow set, with the numbers, once a sixth rule is saved on', async () => {
    renderRules({ role: 'admin' });
    const rule = await findRule(/Urgent/);
    expect(screen.queryByText(/more than the 5 we recommend/)).toBeNull();
    fireEvent.click(within(rule).getByRole('switch', { name: 'Rule on: Urgent' }));
    // The nudge counts the rules bots use, not a draft half-way through an edit.
    expect(screen.queryByText(/more than the 5 we recommend/)).toBeNull();
    expect(saveButton()).toBeEnabled();
    fireEvent.click(saveButton());
    expect(await screen.findByText('Saved as revision 8')).toBeVisible();
    expect(screen.getByText('6 rules are on: more than the 5 we recommend')).toBeVisible();
  });

  it('adds a rule of the chosen type, opens it and names what it still needs', async () => {
    renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    fireEvent.change(screen.getByRole('combobox', { name: "New rule's trigger type" }), {
      target: { value: 'intent' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    const added = await findRule('Rule 7: Untitled rule');
    const name = within(added).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    // Nothing typed yet: no wall of problems, only the form.
    expect(within(added).getByRole('textbox', { name: 'Intents' })).not.toHaveAccessibleDescription(
      expect.stringContaining('Add at least one intent name.'),
    );
    expect(screen.queryByText(/problems? to save/)).toBeNull();
    // Its id reads as its name, tag-safe and unique, until the admin types one.
    const id = within(added).getByRole('textbox', { name: 'ID' });
    expect(id).toHaveValue('intent');
    fireEvent.change(name, { target: { value: 'Réclamations (EU)' } });
    expect(id).toHaveValue('reclamations-eu');
    fireEvent.change(name, { target: { value: 'Cancellation' } });
    expect(id).toHaveValue('cancellation');
    fireEvent.change(id, { target: { value: 'complaints' } });
    fireEvent.change(name, { target: { value: 'Complaints from the EU' } });
    expect(id).toHaveValue('complaints');
    // Asking to save shows what it still needs.
    fireEvent.click(saveButton());
    expect(within(added).getByRole('textbox', { name: 'Intents' })).toHaveAccessibleDescription(
      expect.stringContaining('Add at least one intent name.'),
    );
    expect(screen.getByText('Fix 1 problem to save')).toBeVisible();
  });

  it('keeps a saved rule’s id, the tag on its past tickets, fixed', async () => {
    renderRules({ role: 'admin' });
    const rule = await openRule('Refunds and billing disputes');
    const id = within(rule).getByRole('textbox', { name: 'ID' });
    expect(id).toHaveAttribute('readonly');
    expect(id).toHaveAccessibleDescription(
      'Fixed once saved: past hits are tagged handoff_rule_refund.',
    );
    fireEvent.change(within(rule).getByRole('textbox', { name: 'Name' }), {
      target: { value: 'Refunds' },
    });
    expect(id).toHaveValue('refund');
  });

  it('moves a rule to any position in one step and keeps focus on it', async () => {
    renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    const position = screen.getByRole('combobox', { name: 'Position of Bot had no good answer' });
    fireEvent.change(position, { target: { value: '2' } });
    expect(rulePositions()).toEqual([
      'Rule 1: Asked for a person',
      'Rule 2: Bot had no good answer',
      'Rule 3: Refunds and billing disputes',
      'Rule 4: Cancellation',
      'Rule 5: Legal and compliance',
      'Rule 6: Urgent',
    ]);
    await waitFor(() =>
      expect(
        screen.getByRole('combobox', { name: 'Position of Bot had no good answer' }),
      ).toHaveFocus(),
    );
    expect(
      screen.getByText('Bot had no good answer moved to position 2 of 6.'),
    ).toBeInTheDocument();
  });

  it('discards unsaved changes', async () => {
    renderRules({ role: 'admin' });
    const rule = await findRule(/Urgent/);
    fireEvent.click(within(rule).getByRole('button', { name: 'Delete Urgent' }));
    expect(await screen.findByText('Unsaved changes')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(rulePositions()).toHaveLength(6));
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('shows the rules read-only, with the reason, to an agent', async () => {
    renderRules({ role: 'agent' });
    const rule = await findRule(/Refunds and billing disputes/);
    expect(screen.getByText(/Only Zendesk admins can change routing rules/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Save rules/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete / })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add rule' })).toBeNull();
    expect(within(rule).queryByRole('switch')).toBeNull();
    expect(within(rule).getByText('On')).toBeVisible();
    expect(screen.queryByRole('radio', { name: 'The draft' })).toBeNull();
    fireEvent.click(
      within(rule).getByRole('button', { name: 'Details of Refunds and billing disputes' }),
    );
    expect(within(rule).getByRole('textbox', { name: 'Phrases' })).toHaveAttribute('readonly');
  });

  it.each([
    ['missing', { ...DEFAULT_SETTINGS, routing_rules: '' }, /No routing rules are stored/],
    [
      'not JSON',
      { ...DEFAULT_SETTINGS, routing_rules: '{"rules":' },
      /The stored routing rules could not be read/,
    ],
  ])(
    'falls back to the defaults with a warning when the stored rules are %s',
    async (_, settings, words) => {
      renderRules({ role: 'admin', settings });
      await findRule(/Refunds and billing disputes/);
      expect(screen.getByText('Showing the default rules')).toBeVisible();
      expect(screen.getByText(words)).toBeVisible();
      expect(screen.getByText('Default rules · not saved yet')).toBeVisible();
    },
  );
});
