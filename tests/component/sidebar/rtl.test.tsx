import { WITH_FIELD_SETTING } from '../../support/zaf-harness';
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import { TICKET_ID, ticketFile } from '../../support/tickets';
import { contextPackage } from '../../support/packages';

beforeEach(() => localStorage.clear());

// The first render in a file pays for jsdom parsing Garden's styles: seconds, not a bug.
describe('the sidebar in a right-to-left language', () => {
  it('renders the brief right to left, customer text isolated from the layout', async () => {
    const hebrew = contextPackage({
      customer: { name: 'דנה לוי', email: 'dana@example.co.il', authenticated: false },
      transcript: [
        { at: '2026-11-20T10:30:02Z', role: 'customer', text: 'שלום' },
        { at: '2026-11-20T10:31:40Z', role: 'customer', text: 'I want a refund \u202Eevil' },
      ],
      trigger: {
        ruleId: 'refund',
        type: 'keyword',
        label: 'החזרים',
        matched: 'refund',
        messageIndex: 1,
      },
    });
    renderInZendesk(<TicketSidebar />, {
      tickets: [ticketFile({ contextField: hebrew })],
      ticketId: TICKET_ID,
      settings: WITH_FIELD_SETTING,
      locale: 'he',
    });
    expect(await screen.findByText('החזרים')).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByText('דנה לוי').closest('bdi')).not.toBeNull();
    const firing = document.querySelector('[data-section="ask"] [data-firing="true"]');
    expect(firing?.querySelector('bdi')).toHaveTextContent('I want a refund \u202Eevil');
    expect(screen.getByText('Not signed in')).toBeInTheDocument();
  });
});
