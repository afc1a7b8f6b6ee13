import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import OpeningTab from '../../../src/ui/locations/nav-bar/opening/OpeningTab';
import { renderInZendesk } from '../../support/render-app';
import { DEFAULT_SETTINGS } from '../../support/zaf-harness';

const template = () => screen.getByRole('textbox', { name: 'Template' }) as HTMLTextAreaElement;
const preview = () => document.querySelector('[data-preview]');

function renderTab(role: 'admin' | 'agent' = 'admin', settings = DEFAULT_SETTINGS) {
  return renderInZendesk(<OpeningTab />, { location: 'nav_bar', role, settings });
}

describe('the Reply opening tab', () => {
  it('shows the app’s opening for the admin’s language, previewed as agents will insert it', async () => {
    renderTab();
    await waitFor(() => expect(template().value).toMatch(/^Hi \{\{name\}\}/u));
    expect(preview()).toHaveTextContent(
      'Hi Ana, thanks for waiting. You wrote: “My invoice shows a second charge for October”.',
    );
  });

  it('refuses a template with an unknown placeholder or an unclosed one, in words', async () => {
    renderTab();
    await waitFor(() => expect(template()).not.toHaveValue(''));
    fireEvent.change(template(), { target: { value: 'Hi {{firstName}}, about {{ask' } });
    expect(
      screen.getByText('“firstName” is not a placeholder: use name, ask or tried.'),
    ).toBeVisible();
    expect(
      screen.getByText('A placeholder is not closed: write two braces on each side.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(preview()).toHaveTextContent('');
  });

  it('saves a language’s template and the switch, keeping the routing rules as stored', async () => {
    const { harness } = renderTab();
    await waitFor(() => expect(template()).not.toHaveValue(''));
    const rulesBefore = harness.db.installation().settings['routing_rules'];
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'de' },
    });
    await waitFor(() => expect(template().value).toMatch(/^Hallo/u));
    fireEvent.change(template(), { target: { value: 'Guten Tag {{name}}, zu „{{ask}}“.' } });
    expect(preview()).toHaveTextContent(
      'Guten Tag Jonas, zu „Meine Rechnung zeigt eine zweite Abbuchung für Oktober“.',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /Draft opening/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeVisible();
    const saved = harness.db.installation().settings;
    expect(JSON.parse(saved['reply_opening_templates'] ?? '')).toEqual({
      de: 'Guten Tag {{name}}, zu „{{ask}}“.',
    });
    expect(saved['reply_opening']).toBe('false');
    expect(saved['routing_rules']).toBe(rulesBefore);
  });

  it('shows agents the opening read-only', async () => {
    renderTab('agent');
    expect(await screen.findByText('Only admins can change the reply opening.')).toBeVisible();
    await waitFor(() => expect(template()).toHaveAttribute('readonly'));
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Draft opening/ })).toBeDisabled();
  });
});
