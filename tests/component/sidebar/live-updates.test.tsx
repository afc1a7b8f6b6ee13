import { WITH_FIELD_SETTING } from '../../support/zaf-harness';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import { FIELD_ID, TICKET_ID, briefGets, restCalls, ticketFile } from '../../support/tickets';
import { contextPackage } from '../../support/packages';

let blankFrames = 0;
let observer: MutationObserver | undefined;

/** Counts every moment after the first brief when neither a brief nor a state is on screen. */
function watchForBlankFrames() {
  observer = new MutationObserver(() => {
    const shown = document.querySelector('[data-region="brief"], [data-state]');
    if (shown === null) blankFrames += 1;
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

async function changeField(harness: ReturnType<typeof renderInZendesk>['harness'], value: string) {
  // Zendesk only pushes events the app has subscribed to; the subscription follows the first paint.
  const event = `ticket.custom_field_${FIELD_ID}.changed`;
  await waitFor(() => expect(harness.host.subscriptions.has(event)).toBe(true));
  // The host pushes the change event to the subscribed app, as Zendesk does.
  act(() => {
    harness.db.setCustomField(TICKET_ID, FIELD_ID, value);
  });
}

beforeEach(() => {
  localStorage.clear();
  blankFrames = 0;
});
afterEach(() => observer?.disconnect());

// The first render in a file pays for jsdom parsing Garden's styles: seconds, not a bug.
describe('a context field that changes while the ticket is open', () => {
  it('updates the brief in place, without a blank frame', async () => {
    const { harness } = renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage() })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
    });
    expect(await screen.findByText('Refunds and billing disputes')).toBeInTheDocument();
    watchForBlankFrames();
    const next = contextPackage({
      trigger: { ruleId: 'legal', type: 'keyword', label: 'Legal and compliance', matched: 'gdpr' },
    });
    await changeField(harness, JSON.stringify(next));
    expect(await screen.findByText('Legal and compliance')).toBeInTheDocument();
    expect(screen.queryByText('Refunds and billing disputes')).toBeNull();
    expect(blankFrames).toBe(0);
    expect(briefGets(harness.calls)).toHaveLength(2);
    expect(restCalls(harness.calls)).toEqual([]);
  });

  it('reads a burst of changes once it settles', async () => {
    const { harness } = renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage() })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
    });
    await screen.findByText('Refunds and billing disputes');
    for (const label of ['L', 'Le', 'Leg', 'Legal']) {
      await changeField(
        harness,
        JSON.stringify(contextPackage({ trigger: { ruleId: 'legal', type: 'keyword', label } })),
      );
    }
    expect(await screen.findByText('Legal')).toBeInTheDocument();
    expect(briefGets(harness.calls)).toHaveLength(2);
  });

  it('turns into the malformed state when the field is broken, reading the comment once', async () => {
    const { harness } = renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: contextPackage() })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
    });
    await screen.findByText('Refunds and billing disputes');
    watchForBlankFrames();
    await changeField(harness, '{ not json');
    expect(await screen.findByText(/The bot’s handoff data is damaged/)).toBeInTheDocument();
    await changeField(harness, '{ still not json');
    await expect.poll(() => briefGets(harness.calls).length).toBe(3);
    expect(restCalls(harness.calls)).toHaveLength(1);
    expect(blankFrames).toBe(0);
  });
});
