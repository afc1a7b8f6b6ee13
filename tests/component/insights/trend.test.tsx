import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createdWithin, renderInsights, resetInsightsCache, tagged, tickets } from './support';

beforeEach(() => resetInsightsCache());

const DAY = 86_400_000;
const NOW_DAY = Date.parse('2026-11-26T00:00:00Z');

/** Handoffs per 7-day week ending today, oldest first, from the tickets' dates alone. */
function weekly(tag: string): number[] {
  return Array.from({ length: 12 }, (_, i) => {
    const week = 11 - i;
    const from = NOW_DAY - (7 * week + 6) * DAY;
    const before = NOW_DAY - (7 * week - 1) * DAY;
    return tagged(tag, tickets()).filter((ticket) => {
      const at = Date.parse(ticket.created_at);
      return at >= from && (week === 0 || at < before);
    }).length;
  });
}

async function weeksTable() {
  return screen.findByRole('table', { name: 'Handoffs per week', hidden: true });
}

function column(table: HTMLElement, index: number): string[] {
  return within(table)
    .getAllByRole('row', { hidden: true })
    .slice(1)
    .map((row) => row.children[index]?.textContent ?? '');
}

describe('the weekly trend', () => {
  it('draws every handoff and each enabled rule, and gives every plotted week as text', async () => {
    renderInsights();
    const region = await screen.findByRole('region', { name: 'Weekly trend' });
    await waitFor(() => expect(region.querySelector('svg.recharts-surface')).not.toBeNull());
    const enabled = within(region).getAllByRole('checkbox', { checked: true }).length;
    await waitFor(() => expect(region.querySelectorAll('.recharts-line').length).toBe(1 + enabled));
    const overall = weekly('handoff');
    expect(column(await weeksTable(), 1)).toEqual(overall.map(String));
    expect(overall.at(-1)).toBe(createdWithin(7, tagged('handoff')).length);
    expect(region).toHaveTextContent(
      `lowest ${Math.min(...overall)}, highest ${Math.max(...overall)}, latest week ${overall.at(-1)}.`,
    );
  });

  it('shows or hides a rule with a checkbox, with no request to Zendesk', async () => {
    const { seen } = renderInsights();
    const region = await screen.findByRole('region', { name: 'Weekly trend' });
    await waitFor(() => expect(region.querySelector('svg.recharts-surface')).not.toBeNull());
    seen.queries.length = 0;
    const urgent = within(region).getByRole('checkbox', { name: 'Urgent' });
    expect(urgent).not.toBeChecked();
    fireEvent.click(urgent);
    expect(urgent).toBeChecked();
    const refund = within(region).getByRole('checkbox', { name: 'Refunds and billing disputes' });
    fireEvent.click(refund);
    expect(refund).not.toBeChecked();
    const names = within(await weeksTable())
      .getAllByRole('columnheader', { hidden: true })
      .map((cell) => cell.textContent);
    expect(names).toContain('Urgent');
    expect(names).not.toContain('Refunds and billing disputes');
    expect(seen.queries).toEqual([]);
  });

  it('labels every week on the axis', async () => {
    renderInsights();
    const region = await screen.findByRole('region', { name: 'Weekly trend' });
    await waitFor(() => expect(region.querySelector('svg.recharts-surface')).not.toBeNull());
    await waitFor(() =>
      expect(region.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick').length).toBe(
        12,
      ),
    );
  });
});
