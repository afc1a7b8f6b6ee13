import { WITH_FIELD_SETTING } from '../../support/zaf-harness';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ABOVE_FOLD_WORD_BUDGET, countWords } from '../../../src/core/brief';
import { preloadTicketHandoff } from '../../../src/ui/locations/ticket-sidebar/first-load';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { PAINTED_MARK } from '../../../src/ui/locations/ticket-sidebar/mark-painted';
import { renderInZendesk } from '../../support/render-app';
import { TICKET_ID, briefGets, getsPath, restCalls, ticketFile } from '../../support/tickets';
import { contextPackage } from '../../support/packages';

function renderPackage(pkg = contextPackage(), settings = WITH_FIELD_SETTING) {
  return renderInZendesk(<TicketSidebar />, {
    tickets: [ticketFile({ contextField: pkg })],
    ticketId: TICKET_ID,
    settings,
  });
}

const section = (name: string) => {
  const found = document.querySelector<HTMLElement>(`[data-section="${name}"]`);
  if (found === null) throw new Error(`no ${name} section`);
  return within(found);
};

/** The text an agent sees: every text node apart, tooltips (shown only on hover) left out. */
function shownText(root: Element): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.parentElement?.closest('[role="tooltip"]') === null)
      parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
}

beforeEach(() => {
  localStorage.clear();
  performance.clearMarks();
});

// The first render in a file pays for jsdom parsing Garden's styles: seconds, not a bug.
describe('the brief of a ticket with a context package', () => {
  it('leads with the reason: rule label, trigger type and the words that fired it', async () => {
    renderPackage();
    expect(await screen.findByText('Refunds and billing disputes')).toBeInTheDocument();
    const reason = section('reason');
    expect(reason.getByText('Keyword')).toBeInTheDocument();
    expect(reason.getByText('refund')).toBeInTheDocument();
    expect(reason.getByText(/Matched/)).toHaveTextContent('Matched “refund”');
  });

  it('shows confidence against the threshold for the confidence fallback', async () => {
    renderPackage(
      contextPackage({
        trigger: { ruleId: 'no-answer', type: 'confidence', confidence: 0.41, threshold: 0.6 },
      }),
    );
    expect(await screen.findByText('Bot confidence 41%, threshold 60%')).toBeInTheDocument();
    expect(section('reason').getByText('Low confidence')).toBeInTheDocument();
  });

  it('labels the intent as the bot’s guess, with its confidence', async () => {
    renderPackage();
    await screen.findByText('billing.refund');
    const intent = section('intent');
    expect(intent.getByRole('heading')).toHaveTextContent("Bot's guess");
    expect(intent.getByText('82% sure')).toBeInTheDocument();
  });

  it('shows who the customer is, signed in or not', async () => {
    renderPackage();
    await screen.findByText('Ana Ruiz');
    const identity = section('identity');
    expect(identity.getByText('ana@example.com')).toBeInTheDocument();
    expect(identity.getByText('ACME-2231')).toBeInTheDocument();
    expect(identity.getByText('enterprise')).toBeInTheDocument();
    expect(identity.getByText('Signed in')).toBeInTheDocument();
  });

  it.each([
    ['no customer', undefined, 'Ana Ruiz', "From the ticket's requester, not verified by the bot."],
    [
      'a customer without email',
      { name: 'Ana R.', accountId: 'ACME-2231' },
      'Ana R.',
      "Email from the ticket's requester, not verified by the bot.",
    ],
  ])(
    'shows the ticket requester for a package with %s, marked as not from the bot',
    async (_, customer, headline, note) => {
      const { harness } = renderPackage(contextPackage({ customer }));
      await screen.findByText('Refunds and billing disputes');
      const identity = section('identity');
      expect(identity.getByText(headline)).toBeInTheDocument();
      expect(identity.getByText('ana@example.com')).toBeInTheDocument();
      expect(identity.getByText(note)).toHaveAttribute('data-source', 'requester');
      expect(identity.queryByText(/Signed in/)).toBeNull();
      // The requester comes with the field in the one batched get: still no REST call.
      expect(briefGets(harness.calls)).toHaveLength(1);
      expect(restCalls(harness.calls)).toEqual([]);
    },
  );

  it("marks nothing as the requester's when the package names the customer", async () => {
    renderPackage();
    await screen.findByText('Ana Ruiz');
    expect(document.querySelector('[data-source="requester"]')).toBeNull();
  });

  it("marks the requester's details in the agent's language", async () => {
    renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage({ customer: undefined }) })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
      locale: 'de',
    });
    expect(
      await screen.findByText('Angaben des Anfragenden im Ticket, nicht vom Bot geprüft.'),
    ).toBeInTheDocument();
    expect(section('identity').getByText('Ana Ruiz')).toBeInTheDocument();
  });

  it('says a default rule’s unchanged label in the agent’s language, and an edited one as written', async () => {
    const { unmount } = renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage() })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
      locale: 'de',
    });
    expect(await screen.findByText('Erstattungen und Zahlungsstreit')).toBeVisible();
    expect(section('reason').getByText('Erstattungen und Zahlungsstreit')).toBeVisible();
    unmount();
    renderInZendesk(<TicketSidebar />, {
      tickets: [
        ticketFile({
          contextField: contextPackage({
            trigger: {
              ruleId: 'refund',
              type: 'keyword',
              label: 'Refunds (EU)',
              matched: 'refund',
              messageIndex: 2,
            },
          }),
        }),
      ],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
      locale: 'de',
    });
    expect(await screen.findByText('Refunds (EU)')).toBeVisible();
    expect(section('reason').getByText('Refunds (EU)')).toBeVisible();
  });

  it.each([
    ['https://app.example.com/billing', 'https://app.example.com/billing'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['/relative/path', null],
  ])('links the page title only for an http(s) URL (%s)', async (url, href) => {
    renderPackage(contextPackage({ page: { url, title: 'Billing' } }));
    await screen.findByText('Billing');
    const page = section('page');
    const link = page.queryByRole('link');
    if (href === null) {
      expect(link).toBeNull();
      expect(page.getByText(url)).toBeInTheDocument();
    } else {
      expect(link).toHaveAttribute('href', href);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('quotes what the customer asked with the matched words in <mark>', async () => {
    renderPackage();
    await screen.findByText('Refunds and billing disputes');
    const ask = document.querySelector('[data-section="ask"] [data-firing="true"]');
    expect(ask).toHaveTextContent('I want a refund for the second charge');
    expect(ask?.querySelector('mark')).toHaveTextContent('refund');
    expect(ask).toHaveTextContent('Fired the rule');
  });

  it('lists what the bot tried, with buttons shown as buttons', async () => {
    renderPackage();
    await screen.findByText('Refunds and billing disputes');
    const tried = section('bot-tried');
    expect(tried.getByText('See refund policy')).toBeInTheDocument();
    expect(tried.getByText('Button')).toBeInTheDocument();
  });

  it('names what the package leaves out, in words, below the fold', async () => {
    renderPackage(contextPackage({ page: undefined, customer: { name: 'Ana Ruiz' } }));
    await screen.findByText('Ana Ruiz');
    const details = section('details');
    expect(details.getByText('the page the customer was on')).toBeInTheDocument();
    expect(details.getByText('the plan tier')).toBeInTheDocument();
    expect(
      details.getByText(/4 messages · 2 from the customer · over 2 minutes/),
    ).toBeInTheDocument();
  });

  it.each([
    ['its own customer', {}],
    ["the ticket requester's name and email", { customer: undefined }],
  ])(
    'keeps what shows above the fold within the word budget with %s, labels included',
    async (_, identity) => {
      const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
      renderPackage(
        contextPackage({
          ...identity,
          transcript: Array.from({ length: 60 }, (_, i) => ({
            at: `2026-11-20T10:${String(i % 60).padStart(2, '0')}:00Z`,
            role: i % 2 === 0 ? 'customer' : 'bot',
            text: `${long} refund ${i}`,
          })),
          trigger: {
            ruleId: 'refund',
            type: 'keyword',
            label: long,
            matched: 'refund',
            messageIndex: 58,
          },
        }),
      );
      await screen.findByText('Keyword');
      const region = document.querySelector('[data-region="brief"]');
      if (region === null) throw new Error('no brief region');
      expect(section('identity').getByText('ana@example.com')).toBeInTheDocument();
      expect(countWords(shownText(region))).toBeLessThanOrEqual(ABOVE_FOLD_WORD_BUDGET);
    },
  );

  it('reads everything with one batched ZAF get and no REST call', async () => {
    const { harness } = renderPackage();
    await screen.findByText('Refunds and billing disputes');
    expect(briefGets(harness.calls)).toEqual([
      {
        kind: 'get',
        detail:
          'ticket.id,ticket.subject,ticket.createdAt,ticket.requester,ticket.tags,ticket.conversation,ticket.customField:custom_field_900000000001',
      },
    ]);
    expect(restCalls(harness.calls)).toEqual([]);
  });

  it('starts reading the ticket before the agent is known, still in one get', async () => {
    const { harness } = renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage() })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
      preload: preloadTicketHandoff,
    });
    await screen.findByText('Refunds and billing disputes');
    // One round trip in all: the shell's currentUser rides in the ticket's batched get.
    const gets = harness.calls.filter((call) => call.kind === 'get');
    expect(gets).toHaveLength(1);
    expect(gets[0]?.detail.split(',')).toEqual(
      expect.arrayContaining(['currentUser', 'ticket.id']),
    );
  });

  it.each([
    ['with', preloadTicketHandoff, 1],
    ['without', undefined, 0],
  ] as const)(
    'asks for the ticket %s a preload while Zendesk has not said who the agent is',
    async (_, preload, expected) => {
      const { harness } = renderInZendesk(<TicketSidebar />, {
        tickets: [ticketFile({ contextField: contextPackage() })],
        ticketId: TICKET_ID,
        settings: WITH_FIELD_SETTING,
        drop: (call) => getsPath(call, 'currentUser'),
        timeoutMs: 100,
        ...(preload === undefined ? {} : { preload }),
      });
      await screen.findByRole('button', { name: 'Try again' });
      expect(briefGets(harness.calls)).toHaveLength(expected);
    },
  );

  it('finds the field in the requirements once, then needs one get per ticket', async () => {
    const first = renderPackage(contextPackage(), { ...WITH_FIELD_SETTING, context_field_id: '' });
    await screen.findByText('Refunds and billing disputes');
    expect(briefGets(first.harness.calls)).toHaveLength(1);
    expect(restCalls(first.harness.calls).map((call) => call.detail)).toEqual([
      'GET /api/v2/apps/installations/1001/requirements.json',
    ]);
    first.unmount();

    const second = renderPackage(contextPackage(), { ...WITH_FIELD_SETTING, context_field_id: '' });
    await screen.findByText('Refunds and billing disputes');
    expect(briefGets(second.harness.calls)).toHaveLength(1);
  });

  it('marks the first painted brief for the benchmark', async () => {
    renderPackage();
    await screen.findByText('Refunds and billing disputes');
    await expect.poll(() => performance.getEntriesByName(PAINTED_MARK, 'mark').length).toBe(1);
  });

  it('asks Zendesk to fit the frame to its content', async () => {
    const { harness } = renderPackage();
    await screen.findByText('Refunds and billing disputes');
    await expect
      .poll(() => harness.calls.filter((call) => call.detail === 'resize').length)
      .toBeGreaterThan(0);
  });
});
