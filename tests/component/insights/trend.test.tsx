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
  it('draws the chart and gives every plotted week as text', async () => {
    renderInsights();
    const region = await screen.findByRole('region', { name: 'Weekly trend' });
    await waitFor(() => expect(region.querySelector('svg.recharts-surface')).not.toBeNull());
    expect(region.querySelectorAll('.recharts-line').length).toBe(1);
    const overall = weekly('handoff');
    expect(column(await weeksTable(), 1)).toEqual(overall.map(String));
    expect(overall.at(-1)).toBe(createdWithin(7, tagged('handoff')).length);
    expect(region).toHaveTextContent(
      `lowest ${Math.min(...overall)}, highest ${Math.max(...overall)}, latest week ${overall.at(-1)}.`,
    );
    expect(region).toHaveTextContent('Series loaded: All handoffs.');
  });

  it("counts a rule's series only when the lead adds it", async () => {
    const { seen } = renderInsights();
    const region = await screen.findByRole('region', { name: 'Weekly trend' });
    seen.queries.length = 0;
    fireEvent.click(within(region).getByRole('button', { name: 'Refunds and billing disputes' }));
    await waitFor(() =>
      expect(region).toHaveTextContent(
        'Series loaded: All handoffs, Refunds and billing disputes.',
      ),
    );
    expect(seen.queries).toHaveLength(11);
    expect(column(await weeksTable(), 2)).toEqual(weekly('handoff_rule_refund').map(String));
    await waitFor(() => expect(region.querySelectorAll('.recharts-line').length).toBe(2));
    expect(
      within(region).getByRole('button', { name: 'Refunds and billing disputes' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});
