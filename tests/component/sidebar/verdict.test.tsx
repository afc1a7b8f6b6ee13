import { WITH_FIELD_SETTING } from '../../support/zaf-harness';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import type { HarnessOptions } from '../../support/zaf-harness';
import { TICKET_ID, ticketFile } from '../../support/tickets';
import { contextPackage } from '../../support/packages';

const TAGS_PATH = '*/api/v2/tickets/:id/tags.json';

interface TagsCall {
  readonly method: string;
  readonly body: unknown;
}

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
  const tagCalls: TagsCall[] = [];
  view.harness.use(
    http.all(TAGS_PATH, async ({ request }) => {
      tagCalls.push({ method: request.method, body: await request.clone().json() });
      return undefined;
    }),
  );
  /** The tags Zendesk has saved, as REST reads them (the agent's open ticket may show more). */
  const ticketTags = () => view.harness.db.ticketFile(TICKET_ID)?.ticket.tags ?? [];
  return { ...view, tagCalls, ticketTags };
}

const needed = () => screen.findByRole('button', { name: 'Handoff was needed' });
const unneeded = () => screen.findByRole('button', { name: 'Bot could have handled this' });

beforeEach(() => localStorage.clear());

// The first render in a file pays for jsdom parsing Garden's styles: seconds, not a bug.
describe('the agent’s verdict', () => {
  it('sets handoff_needed in one click, shown at once and saved through ZAF and REST', async () => {
    const { harness, tagCalls, ticketTags } = renderVerdict(['handoff', 'vip']);
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
    // Add Tags as a safe update against the ticket's updated_at: no other tag is touched.
    expect(tagCalls).toEqual([
      {
        method: 'PUT',
        body: {
          tags: ['handoff_needed'],
          updated_stamp: '2026-11-20T10:32:12Z',
          safe_update: true,
        },
      },
    ]);
    expect(ticketTags()).toEqual(['handoff', 'vip', 'handoff_needed']);
  });

  it('saves over REST: the open ticket’s unsaved tag edits alone do not count', async () => {
    const { harness, ticketTags } = renderVerdict();
    harness.use(http.put(TAGS_PATH, () => HttpResponse.json({ error: 'x' }, { status: 500 })));
    fireEvent.click(await needed());
    expect(await screen.findByText('Your verdict was not saved')).toBeInTheDocument();
    expect(ticketTags()).toEqual(['handoff']);
    expect(harness.db.formTags(TICKET_ID)).toEqual(['handoff']);
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
    const { tagCalls, ticketTags } = renderVerdict(['handoff', 'handoff_unneeded']);
    await userEvent.click(await unneeded());
    expect(await screen.findByText('No verdict yet.')).toBeInTheDocument();
    expect(ticketTags()).toEqual(['handoff']);
    // Remove Tags names only the tag the ticket has.
    expect(tagCalls).toMatchObject([{ method: 'DELETE', body: { tags: ['handoff_unneeded'] } }]);
  });

  it('rolls back with the reason when saving fails, and puts the ticket view back', async () => {
    const { harness, ticketTags } = renderVerdict();
    harness.use(http.put(TAGS_PATH, () => HttpResponse.json({ error: 'x' }, { status: 422 })));
    const button = await needed();
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('Your verdict was not saved')).toBeInTheDocument();
    expect(screen.getByText(/Zendesk rejected the change as invalid/)).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(ticketTags()).not.toContain('handoff_needed');
  });

  it('works the change out again when another update lands first, losing no tag', async () => {
    const { harness, tagCalls, ticketTags } = renderVerdict();
    let raced = false;
    harness.use(
      http.put(TAGS_PATH, () => {
        if (!raced) {
          // Another agent's tag lands between the app's read and its write.
          raced = true;
          harness.db.updateTags(TICKET_ID, ['escalated'], []);
        }
        return undefined;
      }),
    );
    await userEvent.click(await needed());
    expect(await screen.findByText('Your verdict: the handoff was needed.')).toBeInTheDocument();
    expect(tagCalls.map((call) => call.method)).toEqual(['PUT', 'PUT']);
    expect(ticketTags()).toEqual(['handoff', 'escalated', 'handoff_needed']);
    expect(screen.queryByText('Your verdict was not saved')).toBeNull();
  });

  it('rolls back when ZAF does not answer, without saving over REST', async () => {
    const { tagCalls } = renderVerdict(['handoff'], {
      drop: (call) => call.kind === 'invoke' && call.detail.startsWith('ticket.tags'),
      timeoutMs: 50,
    });
    const button = await needed();
    await userEvent.click(button);
    expect(await screen.findByText(/Zendesk did not answer in time/)).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(tagCalls).toEqual([]);
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
