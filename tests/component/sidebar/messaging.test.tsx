import { WITH_FIELD_SETTING } from '../../support/zaf-harness';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_BOT_NAME } from '../../../src/demo/demo-account';
import { loadTicketFolder } from '../../../src/demo/tickets/load-ticket-folder';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import { briefGets, restCalls } from '../../support/tickets';

const { tickets } = loadTicketFolder('tests/fixtures/tickets');
const messaging = tickets.filter((file) => (file.conversation ?? []).length > 0);
const sample = (id: number) => {
  const file = messaging.find((f) => f.ticket.id === id);
  if (file === undefined) throw new Error(`no messaging sample ${id}`);
  return file;
};
const SETTINGS = { ...WITH_FIELD_SETTING, bot_name: DEMO_BOT_NAME };

function openSample(id: number) {
  return renderInZendesk(<TicketSidebar />, {
    tickets: [sample(id)],
    ticketId: id,
    settings: SETTINGS,
  });
}

async function openTranscript() {
  await userEvent.click(await screen.findByRole('button', { name: /Show full transcript/ }));
  return within(await screen.findByRole('list', { name: 'Full transcript' }, { timeout: 3000 }));
}

beforeEach(() => localStorage.clear());
beforeAll(() => import('../../../src/ui/locations/ticket-sidebar/transcript/TranscriptView'));

describe('a ticket Zendesk messaging created', () => {
  it('has five samples', () => {
    expect(messaging.map((file) => file.ticket.id)).toEqual([10020, 10021, 10022, 10023, 10024]);
  });

  it.each(messaging.map((file) => [file.ticket.id] as const))(
    'ticket %i is briefed from one batched ZAF get and no REST request',
    async (id) => {
      const { harness } = openSample(id);
      await waitFor(() => expect(document.querySelector('[data-region="brief"]')).not.toBeNull());
      expect(briefGets(harness.calls)).toHaveLength(1);
      expect(briefGets(harness.calls)[0]?.detail).toContain('ticket.conversation');
      expect(restCalls(harness.calls)).toEqual([]);
    },
  );

  it('joins a compact package with the conversation and highlights the firing words again', async () => {
    openSample(10020);
    expect(await screen.findByText('Refunds and billing disputes')).toBeVisible();
    expect(screen.getByText('tomas@ferreira-studio.example')).toBeVisible();
    const list = await openTranscript();
    const firing = document.querySelector('[data-region="transcript"] [data-firing="true"]');
    expect(firing?.querySelector('mark')?.textContent).toBe('refund');
    // The admin's bot name makes the bot's messages the bot's, not an agent's.
    expect(list.getAllByText('Ledgerline Bot').length).toBeGreaterThan(0);
    expect(document.querySelector('[data-state="integrity"]')).toBeNull();
  });

  it('says plainly that the ticket holds fewer messages than the bot saw, and what was dropped', async () => {
    openSample(10022);
    const notice = await screen.findByText('Not everything reached this ticket');
    const alert = notice.closest('[data-state="integrity"]');
    if (!(alert instanceof HTMLElement)) throw new Error('no integrity notice');
    expect(
      within(alert).getByText(/The bot saw 23 messages; this ticket holds 10\./),
    ).toBeVisible();
    expect(within(alert).getByText(/The bot dropped the page title/)).toBeVisible();
  });

  it('briefs a conversation without a package and shows Zendesk’s triage as Zendesk’s', async () => {
    openSample(10021);
    expect(await screen.findByText('Brief read from the messaging conversation')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'What a transcript cannot say' }));
    expect(
      screen.getByText(
        /This ticket has no handoff context, so the brief comes from its messaging conversation\./,
      ),
    ).toBeVisible();
    expect(screen.getByText('Zendesk’s own guess')).toBeVisible();
    expect(screen.getByText('From Zendesk’s intelligent triage, not from the bot.')).toBeVisible();
    expect(screen.getByText(/No email address for this customer/)).toBeVisible();
    expect(screen.getByText(/I don't have the backup codes/)).toBeVisible();
  });

  it('shows buttons, carousels, forms and files as what they are, and an author it cannot place as unknown', async () => {
    openSample(10023);
    await screen.findByText('Bot had no good answer');
    const list = await openTranscript();
    expect(list.getAllByText('Carousel').length).toBeGreaterThan(0);
    expect(list.getAllByText('File').length).toBeGreaterThan(0);
    expect(document.querySelector('[data-testid="unknown-author"]')).not.toBeNull();
    expect(list.getByText(/No open orders found for ORG-5521/)).toBeVisible();
  });

  it('finds the firing words again in a German conversation', async () => {
    openSample(10024);
    await screen.findByText('Refunds and billing disputes');
    await openTranscript();
    const firing = document.querySelector('[data-region="transcript"] [data-firing="true"]');
    expect(firing?.querySelector('mark')?.textContent).toBe('Geld zurück');
  });

  it('re-reads the brief in place when the conversation grows', async () => {
    const { harness } = openSample(10020);
    await screen.findByText('Refunds and billing disputes');
    await waitFor(() =>
      expect(harness.host.subscriptions.has('ticket.conversation.changed')).toBe(true),
    );
    act(() => {
      harness.db.appendConversation(10020, {
        attachments: [],
        author: { id: 991, name: 'Tomás Ferreira', role: 'end-user', avatar: '' },
        channel: { name: 'native_messaging' },
        message: { content: 'also the invoice number is INV-7781', contentType: 'text/plain' },
        timestamp: '2026-11-24T09:12:30Z',
      });
    });
    // The new message is what the customer said last, and the invoice number is now known.
    expect(await screen.findByText('also the invoice number is INV-7781')).toBeInTheDocument();
    expect(document.querySelector('[data-section="known"]')).toHaveTextContent('INV-7781');
    expect(briefGets(harness.calls)).toHaveLength(2);
    expect(restCalls(harness.calls)).toEqual([]);
  });
});
