import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import type { HarnessOptions } from '../../support/zaf-harness';
import { TICKET_ID, WITH_FIELD_SETTING, contextPackage, ticketFile } from './sidebar-tickets';

const TICKET_PUT = '*/api/v2/tickets/:id.json';

function renderVerdict(
  tags: readonly string[] = ['handoff'],
  options: Partial<HarnessOptions> = {},
) {
  const view = renderInZendesk(<TicketSidebar />, {
    tickets: [ticketFile({ contextField: contextPackage(), tags })],
    ticketId: TICKET_ID,
    settings: WITH_FIELD_SETTING,
    ...options,
  });
  const bodies: unknown[] = [];
  view.harness.use(
    http.put(TICKET_PUT, async ({ request }) => {
      bodies.push(await request.clone().json());
      return undefined;
    }),
  );
  const ticketTags = () => view.harness.db.ticketFile(TICKET_ID)?.ticket.tags ?? [];
  return { ...view, bodies, ticketTags };
}

const needed = () => screen.findByRole('button', { name: 'Handoff was needed' });
const unneeded = () => screen.findByRole('button', { name: 'Bot could have handled this' });

beforeEach(() => localStorage.clear());

// The first render in a file pays for jsdom parsing Garden's styles: seconds, not a bug.
describe('the agent’s verdict', { timeout: 15_000 }, () => {
  it('sets handoff_needed in one click, shown at once and saved through ZAF and REST', async () => {
    const { harness, bodies, ticketTags } = renderVerdict();
    const button = await needed();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(button);
    // Before any call has been answered.
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('Your verdict: the handoff was needed.')).toBeInTheDocument();
    expect(ticketTags()).toContain('handoff_needed');
    expect(
      harness.calls.filter((call) => call.kind === 'invoke' && call.detail !== 'resize'),
    ).toEqual([
      { kind: 'invoke', detail: 'ticket.tags.remove' },
      { kind: 'invoke', detail: 'ticket.tags.add' },
    ]);
    expect(bodies).toEqual([
      { ticket: { additional_tags: ['handoff_needed'], remove_tags: ['handoff_unneeded'] } },
    ]);
  });

  it('switches to the other verdict, keeping the two exclusive', async () => {
    const { ticketTags } = renderVerdict(['handoff', 'handoff_needed']);
    expect(await needed()).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(await unneeded());
    expect(
      await screen.findByText('Your verdict: the bot could have handled this.'),
    ).toBeInTheDocument();
    expect(await needed()).toHaveAttribute('aria-pressed', 'false');
    expect(ticketTags()).toContain('handoff_unneeded');
    expect(ticketTags()).not.toContain('handoff_needed');
  });

  it('clears the verdict when the chosen control is clicked again', async () => {
    const { bodies, ticketTags } = renderVerdict(['handoff', 'handoff_unneeded']);
    await userEvent.click(await unneeded());
    expect(await screen.findByText('No verdict yet.')).toBeInTheDocument();
    expect(ticketTags()).not.toContain('handoff_unneeded');
    expect(bodies).toEqual([
      { ticket: { additional_tags: [], remove_tags: ['handoff_needed', 'handoff_unneeded'] } },
    ]);
  });

  it('rolls back with the reason when saving fails, and puts the ticket view back', async () => {
    const { harness, ticketTags } = renderVerdict();
    harness.use(http.put(TICKET_PUT, () => HttpResponse.json({ error: 'x' }, { status: 422 })));
    const button = await needed();
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('Your verdict was not saved')).toBeInTheDocument();
    expect(screen.getByText(/Zendesk rejected the change as invalid/)).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(ticketTags()).not.toContain('handoff_needed');
  });

  it('retries a save that meets a conflict, since adding a tag twice is harmless', async () => {
    const { harness, ticketTags } = renderVerdict();
    let conflicts = 0;
    harness.use(
      http.put(TICKET_PUT, () => {
        conflicts += 1;
        return conflicts === 1 ? HttpResponse.json({ error: 'x' }, { status: 409 }) : undefined;
      }),
    );
    await userEvent.click(await needed());
    expect(await screen.findByText('Your verdict: the handoff was needed.')).toBeInTheDocument();
    expect(harness.calls.filter((call) => call.detail.startsWith('PUT'))).toHaveLength(2);
    expect(ticketTags()).toContain('handoff_needed');
    expect(screen.queryByText('Your verdict was not saved')).toBeNull();
  });

  it('rolls back when ZAF does not answer, without saving over REST', async () => {
    const { bodies } = renderVerdict(['handoff'], {
      drop: (call) => call.kind === 'invoke' && call.detail.startsWith('ticket.tags'),
      timeoutMs: 50,
    });
    const button = await needed();
    await userEvent.click(button);
    expect(await screen.findByText(/Zendesk did not answer in time/)).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(bodies).toEqual([]);
  });

  it('follows a verdict changed elsewhere on the ticket', async () => {
    const { harness } = renderVerdict();
    expect(await needed()).toHaveAttribute('aria-pressed', 'false');
    act(() => harness.host.emit('ticket.tags.changed', ['handoff', 'handoff_unneeded']));
    await expect.poll(async () => (await unneeded()).getAttribute('aria-pressed')).toBe('true');
  });

  it('is offered for a package even without the handoff tag', async () => {
    renderVerdict([]);
    expect(await needed()).toBeInTheDocument();
  });
});
