import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadTicketFolder } from '../../../src/demo/tickets/load-ticket-folder';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import { DEFAULT_SETTINGS } from '../../support/zaf-harness';
import { briefGets, restCalls } from '../../support/tickets';

const { tickets } = loadTicketFolder('tests/fixtures/tickets');

beforeEach(() => localStorage.clear());

describe('every sample ticket', () => {
  it('exists', () => {
    expect(tickets.length).toBeGreaterThan(0);
  });

  it.each(tickets.map((file) => [file.ticket.id, file] as const))(
    'ticket %i shows a brief or a clear state',
    async (id, file) => {
      const { harness } = renderInZendesk(<TicketSidebar />, {
        tickets: [file],
        ticketId: id,
        settings: DEFAULT_SETTINGS,
      });
      await waitFor(() =>
        expect(document.querySelector('[data-region="brief"], [data-state]')).not.toBeNull(),
      );
      // The field is looked up once in the installation's requirements (then cached).
      const rest = restCalls(harness.calls).map((call) => call.detail);
      expect(rest[0]).toBe('GET /api/v2/apps/installations/1001/requirements.json');
      expect(briefGets(harness.calls)).toHaveLength(1);
      // A valid package, or a messaging conversation, is read from that one ZAF get; otherwise
      // the first comment is read too, once.
      const fromGet =
        (file.conversation ?? []).length > 0 ||
        document.querySelector('[data-state]:not([data-state="integrity"])') === null;
      expect(rest.slice(1)).toHaveLength(fromGet ? 0 : 1);
    },
  );
});
