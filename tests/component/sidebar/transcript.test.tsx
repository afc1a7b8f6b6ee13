import { WITH_FIELD_SETTING } from '../../support/zaf-harness';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { COLLAPSED_CHARS } from '../../../src/ui/locations/ticket-sidebar/transcript/LongText';
import { renderInZendesk } from '../../support/render-app';
import { TICKET_ID, ticketFile } from '../../support/tickets';
import { contextPackage } from '../../support/packages';

function renderPackage(pkg: Record<string, unknown>, timeZone = 'America/New_York') {
  return renderInZendesk(<TicketSidebar />, {
    tickets: [ticketFile({ contextField: pkg })],
    ticketId: TICKET_ID,
    settings: { ...WITH_FIELD_SETTING, bot_name: 'Aria' },
    timeZone,
  });
}

async function openTranscript() {
  await userEvent.click(await screen.findByRole('button', { name: /Show full transcript/ }));
  return within(await screen.findByRole('list', { name: 'Full transcript' }, { timeout: 3000 }));
}

const rowsShown = () => document.querySelectorAll('[data-region="transcript"] [role="listitem"]');

// The view is a lazy chunk; transforming it on first use is the test runner's cost, not the app's.
beforeAll(() => import('../../../src/ui/locations/ticket-sidebar/transcript/TranscriptView'));
beforeEach(() => localStorage.clear());

// The first render in a file pays for jsdom parsing Garden's styles: seconds, not a bug.
describe('the full transcript', () => {
  it('is one click away and loaded only when asked for', async () => {
    renderPackage(contextPackage());
    const button = await screen.findByRole('button', { name: 'Show full transcript (4 messages)' });
    expect(document.querySelector('[data-region="transcript"]')).toBeNull();
    await userEvent.click(button);
    expect(
      await screen.findByRole('list', { name: 'Full transcript' }, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(button).toHaveTextContent('Hide transcript');
  });

  it('shows each role distinctly, with times in the agent’s time zone', async () => {
    renderPackage(contextPackage());
    const list = await openTranscript();
    const roles = [...rowsShown()].map((row) =>
      row.querySelector('[data-role]')?.getAttribute('data-role'),
    );
    expect(roles).toEqual(['customer', 'bot', 'customer', 'system']);
    expect(list.getAllByText('Ana Ruiz')).toHaveLength(2);
    expect(list.getByText('Aria')).toBeInTheDocument();
    expect(list.getByText('System')).toBeInTheDocument();
    // 10:30 UTC is 5:30 AM in New York on 20 November.
    expect(list.getAllByText('11/20/26, 5:30 AM')[0]).toHaveAttribute(
      'datetime',
      '2026-11-20T10:30:02Z',
    );
  });

  it('shows buttons and events as such', async () => {
    renderPackage(contextPackage());
    const list = await openTranscript();
    expect(list.getByText('Button')).toBeInTheDocument();
    expect(list.getByText('Event')).toBeInTheDocument();
    expect(document.querySelector('[data-kind="button"]')).toHaveTextContent('See refund policy');
  });

  it('marks the firing message and its matched words', async () => {
    renderPackage(contextPackage());
    await openTranscript();
    const firing = document.querySelector('[data-region="transcript"] [data-firing="true"]');
    expect(firing).toHaveTextContent('Fired the rule');
    expect(firing?.querySelector('mark')).toHaveTextContent('refund');
  });

  it('collapses a long message behind “show more”', async () => {
    const long = 'lorem ipsum '.repeat(200);
    renderPackage(
      contextPackage({
        transcript: [{ at: '2026-11-20T10:30:02Z', role: 'customer', text: long }],
        trigger: { ruleId: 'human', type: 'customer' },
      }),
    );
    const list = await openTranscript();
    const more = list.getByRole('button', { name: /Show more \(1,800 more characters\)/ });
    expect(rowsShown()[0]?.textContent?.length).toBeLessThan(COLLAPSED_CHARS + 200);
    await userEvent.click(more);
    expect(rowsShown()[0]).toHaveTextContent(long.trim());
    await userEvent.click(list.getByRole('button', { name: 'Show less' }));
    expect(list.getByRole('button', { name: /Show more/ })).toBeInTheDocument();
  });

  it('shows marked words deep in a long message in a window of their own', async () => {
    const text = `${'lorem ipsum '.repeat(2000)}I want a refund now${' and more'.repeat(2000)}`;
    renderPackage(
      contextPackage({
        transcript: [{ at: '2026-11-20T10:30:02Z', role: 'customer', text }],
        trigger: { ruleId: 'refund', type: 'keyword', matched: 'refund', messageIndex: 0 },
      }),
    );
    await openTranscript();
    const firing = document.querySelector('[data-region="transcript"] [data-firing="true"]');
    expect(firing?.querySelector('mark')).toHaveTextContent('refund');
    expect(firing?.textContent?.length).toBeLessThan(2 * COLLAPSED_CHARS);
  });

  // Scrolling to the firing message needs layout: the browser tests check it on 2,000 messages.
  it('renders only a window of a 10,000-message transcript', async () => {
    const transcript = Array.from({ length: 10_000 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      role: i % 2 === 0 ? 'customer' : 'bot',
      text: i === 9_990 ? 'please give me a refund now' : `message ${i}`,
    }));
    renderPackage(
      contextPackage({
        transcript,
        trigger: { ruleId: 'refund', type: 'keyword', matched: 'refund', messageIndex: 9_990 },
      }),
    );
    const list = await openTranscript();
    expect(rowsShown().length).toBeGreaterThan(0);
    expect(rowsShown().length).toBeLessThan(60);
    expect(list.getAllByRole('listitem')).toHaveLength(rowsShown().length);
    expect(
      screen.getByRole('button', { name: 'Go to the message that fired the rule' }),
    ).toBeInTheDocument();
  });

  it('renders markup in messages as text', async () => {
    renderPackage(
      contextPackage({
        transcript: [
          {
            at: '2026-11-20T10:30:02Z',
            role: 'customer',
            text: '<img src=x onerror="alert(1)"><script>alert(2)</script>',
          },
        ],
        trigger: { ruleId: 'human', type: 'customer' },
      }),
    );
    await openTranscript();
    const region = document.querySelector('[data-region="transcript"]');
    expect(region?.querySelector('img, script')).toBeNull();
    expect(region).toHaveTextContent('<img src=x onerror="alert(1)"><script>alert(2)</script>');
  });
});
