import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import { DEFAULT_SETTINGS, WITH_FIELD_SETTING } from '../../support/zaf-harness';
import {
  BRACKETED_COMMENT,
  TICKET_ID,
  ZENDESK_CHAT_COMMENT,
  briefGets,
  restCalls,
  ticketFile,
  type TicketOptions,
} from '../../support/tickets';
import { contextPackage } from '../../support/packages';

function renderTicket(
  options: TicketOptions,
  settings: Readonly<Record<string, string>> = WITH_FIELD_SETTING,
) {
  return renderInZendesk(<TicketSidebar />, {
    tickets: [ticketFile(options)],
    ticketId: TICKET_ID,
    settings,
  });
}

const state = (name: string) => document.querySelector<HTMLElement>(`[data-state="${name}"]`);
const section = (name: string) => {
  const found = document.querySelector<HTMLElement>(`[data-section="${name}"]`);
  if (found === null) throw new Error(`no ${name} section`);
  return within(found);
};

beforeEach(() => localStorage.clear());

// The first render in a file pays for jsdom parsing Garden's styles: seconds, not a bug.
describe('the sidebar states', () => {
  it('shows a loading skeleton, never a blank frame, while Zendesk answers', async () => {
    renderTicket({ contextField: contextPackage() });
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByText('Refunds and billing disputes')).toBeInTheDocument();
  });

  it('says in one quiet line that an ordinary ticket had no bot handoff, and nothing more', async () => {
    const { harness } = renderTicket({ comment: 'Hello, my printer is on fire.', tags: [] });
    expect(await screen.findByText('No bot handoff on this ticket.')).toBeInTheDocument();
    // The instructions for bot builders belong to admins, not in every agent's sidebar.
    expect(state('none')).toHaveTextContent(/^No bot handoff on this ticket\.$/);
    expect(screen.queryByText(/handoff_rule_/)).toBeNull();
    expect(screen.queryByRole('button', { name: /Copy brief|Draft opening/ })).toBeNull();
    expect(restCalls(harness.calls).map((call) => call.detail)).toEqual([
      `GET /api/v2/tickets/${TICKET_ID}/comments.json?sort_order=asc&per_page=1`,
    ]);
    expect(screen.queryByRole('button', { name: /Handoff was needed/ })).toBeNull();
  });

  it.each([
    [
      'Zendesk Chat',
      ZENDESK_CHAT_COMMENT,
      /Zendesk Chat transcript/,
      // The problem, not the escalation that ended the chat.
      'the Connect Stripe button does nothing',
    ],
    [
      'bracketed',
      BRACKETED_COMMENT,
      /transcript lines in its first comment/,
      'my invoice shows the wrong VAT number',
    ],
  ])(
    'recovers a brief from a %s transcript and says what is missing',
    async (_, comment, source, problem) => {
      renderTicket({ comment, tags: [] });
      expect(await screen.findByText('Brief read from the first comment')).toBeInTheDocument();
      const notice = within(state('recovered') as HTMLElement);
      // What a transcript cannot say is one click away, so the brief stays above the fold.
      expect(notice.queryByText(source)).toBeNull();
      await userEvent.click(notice.getByRole('button', { name: 'What a transcript cannot say' }));
      expect(notice.getByText(source)).toBeInTheDocument();
      expect(
        notice.getByText(/why the bot handed off; the bot's guess at the intent/),
      ).toBeInTheDocument();
      expect(document.querySelector('[data-section="ask"]')).toHaveTextContent(problem);
      // The transcript button and the verdict come a moment after the brief (AfterBrief).
      expect(
        await screen.findByRole('button', { name: /Show full transcript/ }),
      ).toBeInTheDocument();
      // A brief from a transcript alone is a handoff too: the agent can judge it.
      expect(screen.getByRole('button', { name: 'Handoff was needed' })).toBeInTheDocument();
    },
  );

  it('tells why the bot handed off from the ticket’s tags when the first comment cannot', async () => {
    renderTicket({
      comment: ZENDESK_CHAT_COMMENT,
      tags: ['handoff', 'handoff_rule_human', 'handoff_type_customer'],
    });
    await waitFor(() => expect(state('recovered')).not.toBeNull());
    expect(section('reason').getByText('Asked for a person')).toBeInTheDocument();
    expect(section('reason').getByText('Customer request')).toBeInTheDocument();
    expect(section('headline').getByText('asked for a person after 1 answer')).toBeInTheDocument();
    const notice = within(state('recovered') as HTMLElement);
    await userEvent.click(notice.getByRole('button', { name: 'What a transcript cannot say' }));
    expect(notice.queryByText(/why the bot handed off/)).toBeNull();
  });

  it('lists a malformed package’s issues in words, with readable field paths', async () => {
    const broken = contextPackage({
      conversationId: undefined,
      handedOffAt: '20/11/2026 14:02',
      transcript: [
        { at: '2026-11-20T10:30:02Z', role: 'user', text: 'hello' },
        { at: '2026-11-20T10:31:40Z', role: 'customer', text: 'I want a refund' },
      ],
      trigger: {
        ruleId: 'refund',
        type: 'keyword',
        label: 'Refunds',
        matched: 'refund',
        messageIndex: 1,
      },
    });
    renderTicket({ contextField: broken });
    expect(
      await screen.findByText(/The bot’s handoff data is damaged; showing what could be read\./),
    ).toBeInTheDocument();
    // The problems are for whoever fixes the bot: one click away, not in the agent's way.
    expect(within(state('malformed') as HTMLElement).queryAllByRole('listitem')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Show the 3 problems' }));
    const issues = within(state('malformed') as HTMLElement);
    expect(issues.getByText('Conversation ID is missing.')).toBeInTheDocument();
    expect(
      issues.getByText('Handoff time is not a date and time (“20/11/2026 14:02”).'),
    ).toBeInTheDocument();
    expect(
      issues.getByText(/Transcript › Message 1 › Role has the value “user”, which is not one of/),
    ).toBeInTheDocument();
    // Everything that could still be read is shown below the issues.
    expect(screen.getByText('Refunds')).toBeInTheDocument();
    expect(screen.getByText('Ana Ruiz')).toBeInTheDocument();
  });

  it('says a package that is not JSON could not be read, and falls back to the first comment', async () => {
    renderTicket({
      contextField: '{"schema": "handoff-context/v1", trigger: ',
      comment: BRACKETED_COMMENT,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show the problem' }));
    expect(
      screen.getByText('The handoff context is not valid JSON, so it could not be read.'),
    ).toBeInTheDocument();
    expect(document.querySelector('[data-section="ask"]')).toHaveTextContent(
      'I did, it still prints the old one',
    );
  });

  it('shows every issue of a package broken in many places one click away', async () => {
    const transcript = Array.from({ length: 8 }, (_, i) => ({
      at: `2026-11-20T10:3${i}:00Z`,
      role: 'robot',
      text: 'x',
    }));
    renderTicket({
      contextField: contextPackage({ transcript, trigger: { ruleId: 'r', type: 'keyword' } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show the 8 problems' }));
    const more = screen.getByRole('button', { name: 'Show 5 more problems' });
    expect(within(state('malformed') as HTMLElement).getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(more);
    expect(within(state('malformed') as HTMLElement).getAllByRole('listitem')).toHaveLength(8);
  });

  it('tells an agent when the context field cannot be found, and how to set it', async () => {
    const { harness } = renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage(), comment: 'Hi there' })],
      ticketId: TICKET_ID,
      role: 'agent',
      settings: DEFAULT_SETTINGS,
      drop: (call) => call.kind === 'get' && call.detail === 'ticketFields',
      timeoutMs: 50,
    });
    harness.use(
      http.get('*/api/v2/apps/installations/:id/requirements.json', () =>
        HttpResponse.json({ requirements: [], next_page: null, previous_page: null, count: 0 }),
      ),
    );
    expect(await screen.findByText('Handoff context field not found')).toBeInTheDocument();
    expect(state('field-not-found')).toHaveTextContent(/“Context field ID \(optional\)” setting/);
    expect(restCalls(harness.calls).map((call) => call.detail)).toEqual([
      'GET /api/v2/apps/installations/1001/requirements.json',
      `GET /api/v2/tickets/${TICKET_ID}/comments.json?sort_order=asc&per_page=1`,
    ]);
    expect(screen.getByText('No bot handoff on this ticket.')).toBeInTheDocument();
  });

  it.each(['agent', 'admin'] as const)(
    'finds the field in the installation’s requirements for an %s before asking ticketFields',
    async (role) => {
      const { harness } = renderInZendesk(<TicketSidebar />, {
        tickets: [ticketFile({ contextField: contextPackage() })],
        ticketId: TICKET_ID,
        role,
        settings: DEFAULT_SETTINGS,
      });
      expect(await screen.findByText('Refunds and billing disputes')).toBeInTheDocument();
      expect(restCalls(harness.calls).map((call) => call.detail)).toEqual([
        'GET /api/v2/apps/installations/1001/requirements.json',
      ]);
      expect(briefGets(harness.calls).map((call) => call.detail)).not.toContain('ticketFields');
      expect(localStorage.getItem('handoff-brief:context-field-id:1001')).toBe('900000000001');
    },
  );

  it('falls back to the field titled “Handoff context” when the requirements cannot be read', async () => {
    const { harness } = renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage() })],
      ticketId: TICKET_ID,
      role: 'agent',
      settings: DEFAULT_SETTINGS,
    });
    harness.use(
      http.get('*/api/v2/apps/installations/:id/requirements.json', () =>
        HttpResponse.json({ error: 'Forbidden' }, { status: 403 }),
      ),
    );
    expect(await screen.findByText('Refunds and billing disputes')).toBeInTheDocument();
    expect(briefGets(harness.calls).map((call) => call.detail)[0]).toBe('ticketFields');
  });

  it('says so when the field the setting names cannot be read', async () => {
    renderTicket(
      { contextField: contextPackage(), comment: BRACKETED_COMMENT },
      {
        ...DEFAULT_SETTINGS,
        context_field_id: '123',
      },
    );
    expect(await screen.findByText('Handoff context field unavailable')).toBeInTheDocument();
    expect(state('field-unreadable')).toHaveTextContent('Ticket field 123 could not be read');
  });

  it('forgets a stale cached field id and looks the field up again', async () => {
    localStorage.setItem('handoff-brief:context-field-id:1001', '123');
    const { harness } = renderTicket({ contextField: contextPackage() }, DEFAULT_SETTINGS);
    expect(await screen.findByText('Refunds and billing disputes')).toBeInTheDocument();
    expect(briefGets(harness.calls).map((call) => call.detail.split(',').at(-1))).toEqual([
      'ticket.customField:custom_field_123',
      'ticket.customField:custom_field_900000000001',
    ]);
    expect(restCalls(harness.calls).map((call) => call.detail)).toEqual([
      'GET /api/v2/apps/installations/1001/requirements.json',
    ]);
    expect(localStorage.getItem('handoff-brief:context-field-id:1001')).toBe('900000000001');
  });

  it('offers a retry when ZAF times out, and recovers', async () => {
    let dropping = true;
    renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage() })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
      drop: (call) => dropping && call.kind === 'get' && call.detail.startsWith('ticket.id'),
      timeoutMs: 50,
    });
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByRole('alert')).toHaveTextContent('Zendesk did not answer in time');
    dropping = false;
    await userEvent.click(retry);
    expect(await screen.findByText('Refunds and billing disputes')).toBeInTheDocument();
  });
});
