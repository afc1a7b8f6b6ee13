import { handoffTicket } from '../../support/tickets';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSearchHandlers } from '../../../src/demo/msw/search-handlers';
import type { TicketFile } from '../../../src/demo/zendesk-records';
import type { ZafHarness } from '../../support/zaf-harness';
import { findRule, renderRules } from './support';

const at = (minute: number) => `2026-11-20T10:${String(minute % 60).padStart(2, '0')}:00Z`;

function ticket(
  id: number,
  ruleId: string,
  type: string,
  text: string,
  matched?: string,
): TicketFile {
  const file = handoffTicket(id, {
    trigger: { ruleId, type: type as 'keyword', ...(matched === undefined ? {} : { matched }) },
    transcript: [{ at: at(id), role: 'customer', text }],
  });
  return {
    ...file,
    ticket: {
      ...file.ticket,
      created_at: `2026-11-${String(1 + (id % 28)).padStart(2, '0')}T09:00:00Z`,
    },
  };
}

/** 150 handed-off tickets: 60 refunds, 40 legal, 30 button presses, 20 with no package. */
const TICKETS: TicketFile[] = [
  ...Array.from({ length: 60 }, (_, i) =>
    ticket(1000 + i, 'refund', 'keyword', 'I need a refund', 'refund'),
  ),
  ...Array.from({ length: 40 }, (_, i) =>
    ticket(2000 + i, 'legal', 'keyword', 'my lawyer will call', 'lawyer'),
  ),
  ...Array.from({ length: 30 }, (_, i) => ticket(3000 + i, 'human', 'customer', 'hello there')),
  ...Array.from({ length: 20 }, (_, i) => {
    const file = ticket(4000 + i, 'refund', 'keyword', 'x');
    return { ...file, ticket: { ...file.ticket, custom_fields: [] } };
  }),
];

function renderWithSearch(options: { timeoutMs?: number } = {}) {
  const rendered = renderRules({ role: 'admin', tickets: TICKETS, ...options });
  rendered.harness.use(...createSearchHandlers(() => rendered.harness.db.tickets()));
  return rendered;
}

async function openBackTest(switchOff?: string) {
  const rule = await findRule(/Legal and compliance/);
  if (switchOff !== undefined)
    fireEvent.click(within(rule).getByRole('switch', { name: `Rule on: ${switchOff}` }));
  fireEvent.click(screen.getByRole('tab', { name: 'Back-test' }));
  return screen.getByRole('tabpanel', { name: 'Back-test' });
}

function searchPages(harness: ZafHarness): string[] {
  return harness.calls
    .filter((call) => call.detail.startsWith('GET /api/v2/search.json'))
    .map((call) => call.detail);
}

describe('the back-test', () => {
  it('replays the draft over recent handed-off tickets: per rule then and now, and what changes', async () => {
    const { harness } = renderWithSearch();
    const panel = await openBackTest('Legal and compliance');
    fireEvent.click(within(panel).getByRole('button', { name: 'Run back-test' }));
    const table = await within(panel).findByRole('table', { name: 'Handoffs per rule' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toContain('Refunds and billing disputes6060—');
    expect(rows).toContain('Legal and compliance400−40');
    expect(rows).toContain('Asked for a person3030—');
    expect(rows).toContain('No handoff040+40');
    expect(within(panel).getByText('130 tickets replayed.', { exact: false })).toBeVisible();
    expect(
      within(panel).getByText('20 tickets had no conversation to replay.', { exact: false }),
    ).toBeVisible();
    expect(within(panel).getByRole('heading', { name: '40 tickets would change' })).toBeVisible();

    const pages = searchPages(harness);
    expect(pages).toHaveLength(2);
    const first = new URL(pages[0]?.replace(/^GET /, 'https://x') ?? '');
    expect(Object.fromEntries(first.searchParams)).toEqual({
      query: 'type:ticket tags:handoff',
      sort_by: 'created_at',
      sort_order: 'desc',
      page: '1',
      per_page: '100',
    });

    const link = within(panel).getAllByRole('button', { name: /^#20\d\d$/ })[0];
    if (link === undefined) throw new Error('a changed ticket is linked');
    fireEvent.click(link);
    await waitFor(() =>
      expect(harness.calls).toContainEqual({ kind: 'invoke', detail: 'routeTo' }),
    );
  });

  it('shows progress while it reads and keeps what it read when cancelled', async () => {
    // The held page never answers and never times out here: Cancel alone must end the run.
    const { harness } = renderWithSearch({ timeoutMs: 3_600_000 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    harness.use(
      http.get('*/api/v2/search.json', async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '2') await held;
      }),
    );
    const panel = await openBackTest();
    fireEvent.click(within(panel).getByRole('button', { name: 'Run back-test' }));
    expect(await within(panel).findByText('Read 100 of up to 150 tickets…')).toBeVisible();
    expect(within(panel).getByRole('progressbar', { name: 'Back-test progress' })).toHaveAttribute(
      'aria-valuenow',
      '67',
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(await within(panel).findByText('Cancelled: partial results')).toBeVisible();
    expect(within(panel).getByText(/The figures cover 100 tickets\./)).toBeVisible();
    expect(within(panel).getByRole('table', { name: 'Handoffs per rule' })).toBeVisible();
    release();
  });

  it('reports partial results when a page keeps failing', async () => {
    const { harness } = renderWithSearch();
    harness.use(
      http.get('*/api/v2/search.json', ({ request }) =>
        new URL(request.url).searchParams.get('page') === '2'
          ? new HttpResponse('busy', { status: 503 })
          : undefined,
      ),
    );
    const panel = await openBackTest();
    fireEvent.click(within(panel).getByRole('button', { name: 'Run back-test' }));
    expect(await within(panel).findByText('Partial results')).toBeVisible();
    expect(
      within(panel).getByText(/temporary problem \(503\).*The figures cover 100 tickets\./),
    ).toBeVisible();
    expect(searchPages(harness).filter((page) => page.includes('page=2')).length).toBeGreaterThan(
      1,
    );
  });

  it('refuses a ticket count above the Search API’s 1,000', async () => {
    renderWithSearch();
    const panel = await openBackTest();
    fireEvent.change(within(panel).getByRole('spinbutton', { name: 'Tickets to replay' }), {
      target: { value: '1500' },
    });
    expect(
      within(panel).getByRole('spinbutton', { name: 'Tickets to replay' }),
    ).toHaveAccessibleDescription('Enter a whole number from 1 to 1,000.');
    expect(within(panel).getByRole('button', { name: 'Run back-test' })).toBeDisabled();
  });
});
