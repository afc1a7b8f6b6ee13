import { handoffTicket } from '../../support/tickets';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_BOT_NAME } from '../../../src/demo/demo-account';
import { loadTicketFolder } from '../../../src/demo/tickets/load-ticket-folder';
import { SAID_IN_SIX_LANGUAGES } from '../../support/said-in-six-languages';
import { findRule, renderRules, STORED_7 } from './support';

const testPanel = () => screen.getByRole('tabpanel', { name: 'Test' });
const conversationBox = () => within(testPanel()).getByRole('textbox', { name: 'Conversation' });
const result = () => within(testPanel()).getByRole('region', { name: 'Test result' });

async function typeConversation(text: string) {
  await findRule(/Urgent/);
  fireEvent.change(conversationBox(), { target: { value: text } });
}

describe('the rule tester', () => {
  it('shows which rule fires, why, the matched words marked in the message, and what else matched', async () => {
    renderRules({ role: 'agent' });
    await typeConversation(
      'Customer: hi\nBot: How can I help?\nI want my REFUND now, my lawyer says <b>so</b>',
    );
    expect(
      within(result()).getByText('Hands off: Refunds and billing disputes (Keyword)'),
    ).toBeVisible();
    expect(
      within(result()).getByText('The customer wrote “REFUND” in message 3, matching “refund*”.'),
    ).toBeVisible();
    const marks = [...result().querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['REFUND', 'lawyer']);
    // The rule that fired is told apart from one that only matched.
    const [fired, alsoMatched] = [...result().querySelectorAll('mark')].map(
      (mark) => getComputedStyle(mark).backgroundColor,
    );
    expect(fired).not.toBe(alsoMatched);
    // Each message is isolated as the sidebar isolates customer text.
    expect(result().querySelector('mark')?.closest('bdi')).not.toBeNull();
    // Customer text stays text: the angle brackets are shown, not parsed.
    expect(result().querySelector('b')).toBeNull();
    expect(within(result()).getByText(/<b>so<\/b>/)).toBeVisible();
    expect(
      within(result()).getByText(/^Legal and compliance: The customer wrote “lawyer”/),
    ).toBeVisible();
  });

  it('fires the default rules on a refund, a cancellation, a legal threat and a request for a person in all six languages', async () => {
    renderRules({ role: 'admin' });
    const labels: Record<string, string> = {
      refund: 'Refunds and billing disputes (Keyword)',
      cancel: 'Cancellation (Keyword)',
      legal: 'Legal and compliance (Keyword)',
      human: 'Asked for a person (Customer request)',
    };
    for (const [, rule, text] of SAID_IN_SIX_LANGUAGES) {
      await typeConversation(`Customer: ${text}`);
      expect(within(result()).getByText(`Hands off: ${labels[rule] ?? rule}`)).toBeVisible();
      expect(result().querySelectorAll('mark').length).toBeGreaterThan(0);
    }
  });

  it('ignores what the bot said', async () => {
    renderRules({ role: 'admin' });
    await typeConversation('Bot: I can help with a refund\nCustomer: thanks, all good');
    expect(
      within(result()).getByText('No rule fires: the bot keeps the conversation.'),
    ).toBeVisible();
    expect(result().querySelectorAll('mark')).toHaveLength(0);
  });

  it('fires the customer rule on the widget button, and the confidence fallback on doubt', async () => {
    renderRules({ role: 'admin' });
    await typeConversation('Customer: hello');
    fireEvent.click(
      within(testPanel()).getByRole('checkbox', { name: 'The customer pressed “talk to a human”' }),
    );
    expect(
      within(result()).getByText('Hands off: Asked for a person (Customer request)'),
    ).toBeVisible();
    expect(within(result()).getByText('The customer pressed “talk to a human”.')).toBeVisible();
    fireEvent.click(
      within(testPanel()).getByRole('checkbox', { name: 'The customer pressed “talk to a human”' }),
    );
    fireEvent.change(within(testPanel()).getByRole('textbox', { name: 'Answer confidence' }), {
      target: { value: '0.3' },
    });
    expect(
      within(result()).getByText('The bot was 30% sure of its answer, below the threshold of 60%.'),
    ).toBeVisible();
  });

  it('tests the draft or the saved rules, as chosen', async () => {
    renderRules({ role: 'admin' });
    const refund = await findRule(/Refunds and billing disputes/);
    fireEvent.click(
      within(refund).getByRole('switch', { name: 'Rule on: Refunds and billing disputes' }),
    );
    await typeConversation('Customer: refund please');
    expect(
      within(result()).getByText('No rule fires: the bot keeps the conversation.'),
    ).toBeVisible();
    fireEvent.click(within(testPanel()).getByRole('radio', { name: 'The saved rules' }));
    expect(
      within(result()).getByText('Hands off: Refunds and billing disputes (Keyword)'),
    ).toBeVisible();
  });

  it('says so when the draft cannot be tested', async () => {
    renderRules({ role: 'admin' });
    const rule = await findRule(/Urgent/);
    fireEvent.click(within(rule).getByRole('button', { name: 'Edit Urgent' }));
    fireEvent.change(within(rule).getByRole('textbox', { name: 'Name' }), {
      target: { value: '' },
    });
    expect(
      within(testPanel()).getByText(/The draft has problems, so it cannot be tested/),
    ).toBeVisible();
  });

  it('loads a ticket’s handed-off conversation and replays it', async () => {
    const ticket = handoffTicket(4242, {
      trigger: { ruleId: 'legal', type: 'keyword', matched: 'solicitor', messageIndex: 2 },
      intent: { name: 'billing.dispute', confidence: 0.9 },
      transcript: [
        { at: '2026-11-20T10:29:00Z', role: 'customer', text: 'my invoice is wrong' },
        { at: '2026-11-20T10:29:05Z', role: 'bot', text: 'Let me check.' },
        { at: '2026-11-20T10:29:40Z', role: 'customer', text: 'my solicitor will be in touch' },
      ],
    });
    renderRules({ role: 'admin', tickets: [ticket] });
    await findRule(/Urgent/);
    fireEvent.change(
      within(testPanel()).getByRole('textbox', { name: 'Replay a ticket (number)' }),
      {
        target: { value: '#4242' },
      },
    );
    fireEvent.click(within(testPanel()).getByRole('button', { name: 'Load ticket' }));
    expect(
      await within(testPanel()).findByText('Loaded the conversation of ticket #4242.'),
    ).toBeVisible();
    expect(conversationBox()).toHaveValue(
      'Customer: my invoice is wrong\nBot: Let me check.\nCustomer: my solicitor will be in touch',
    );
    expect(within(testPanel()).getByRole('textbox', { name: 'Intent (optional)' })).toHaveValue(
      'billing.dispute',
    );
    await waitFor(() =>
      expect(within(result()).getByText('Hands off: Legal and compliance (Keyword)')).toBeVisible(),
    );
  });

  it('says which ticket could not be read', async () => {
    renderRules({ role: 'admin' });
    await findRule(/Urgent/);
    fireEvent.change(
      within(testPanel()).getByRole('textbox', { name: 'Replay a ticket (number)' }),
      {
        target: { value: '999' },
      },
    );
    fireEvent.click(within(testPanel()).getByRole('button', { name: 'Load ticket' }));
    expect(
      await within(testPanel()).findByText(/Zendesk could not find what the app asked for/),
    ).toBeVisible();
  });

  it('replays a messaging ticket from its Conversation Log, the bot’s lines as the bot’s', async () => {
    const file = loadTicketFolder('tests/fixtures/tickets').tickets.find(
      (f) => f.ticket.id === 10024,
    );
    if (file === undefined) throw new Error('no German messaging sample');
    const { harness } = renderRules({
      role: 'admin',
      tickets: [file],
      settings: { ...STORED_7, bot_name: DEMO_BOT_NAME },
    });
    await findRule(/Urgent/);
    fireEvent.change(
      within(testPanel()).getByRole('textbox', { name: 'Replay a ticket (number)' }),
      { target: { value: '10024' } },
    );
    fireEvent.click(within(testPanel()).getByRole('button', { name: 'Load ticket' }));
    expect(
      await within(testPanel()).findByText('Loaded the conversation of ticket #10024.'),
    ).toBeVisible();
    const lines = String((conversationBox() as HTMLTextAreaElement).value).split('\n');
    expect(lines[0]).toBe('Customer: Hallo');
    expect(lines[1]).toMatch(/^Bot: Hallo Jonas!/);
    expect(lines).toContain('Customer: Nein, beide sind gebucht. Ich will mein Geld zurück.');
    const urls = harness.calls.filter((call) => call.kind === 'request').map((call) => call.detail);
    expect(urls.some((url) => url.includes('/api/v2/tickets/10024/conversation_log'))).toBe(true);
  });
});
