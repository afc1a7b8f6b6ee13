import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES, serializeRuleSet } from '../../../src/core/routing';
import { recordWindows } from '../../../src/core/insights';
import { createZafHarness, DEFAULT_SETTINGS } from '../../support/zaf-harness';
import {
  HISTORY,
  NOW,
  createdWithin,
  expectedRow,
  findRuleTable,
  holdSearches,
  renderInsights,
  resetInsightsCache,
  ruleRow,
  tagged,
} from './support';

beforeEach(() => resetInsightsCache());

/** The newest refund handoff without a verdict, created in the open (current) week. */
function unjudgedThisWeek() {
  const open = recordWindows(NOW).at(-1)?.start ?? '';
  const found = createdWithin(90, tagged('handoff_rule_refund')).find(
    (ticket) =>
      ticket.created_at >= open &&
      !ticket.tags.some((tag) => tag === 'handoff_needed' || tag === 'handoff_unneeded'),
  );
  if (found === undefined) throw new Error('the demo set has an unjudged refund handoff this week');
  return found;
}

describe('Insights for the session', () => {
  it('says when the handoffs were read and which days the figures cover', async () => {
    renderInsights({ insights: { clock: () => NOW } });
    await findRuleTable();
    expect(screen.getByTestId('insights-as-of')).toHaveTextContent('Read at Nov 26, 2026, 3:00 PM');
    expect(
      screen.getByText(/Last 90 days \(Aug 29, 2026 – Nov 26, 2026\), days in UTC/),
    ).toBeInTheDocument();
  });

  it('reads one request a week, whatever the number of rules', async () => {
    const { seen } = renderInsights();
    await findRuleTable();
    expect(seen.queries).toHaveLength(recordWindows(NOW).length);
    expect(
      seen.queries.every((query) =>
        /^type:ticket tags:handoff created>\d{4}-\d\d-\d\d( created<\d{4}-\d\d-\d\d)?$/.test(query),
      ),
    ).toBe(true);
  });

  it('on Refresh reads only the open week again, and counts a verdict search has indexed', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY, indexLagMs: 0 });
    const { seen } = renderInsights({ harness });
    const before = expectedRow('handoff_rule_refund');
    expect((await ruleRow('Refunds and billing disputes'))[4]).toBe(String(before.needed));
    harness.db.updateTags(unjudgedThisWeek().id, ['handoff_needed'], []);
    seen.queries.length = 0;
    const held = holdSearches(harness);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(/^Reading the latest handoffs: 0 of 1 weeks$/)).toBeVisible();
    held.release();
    await waitFor(async () =>
      expect((await ruleRow('Refunds and billing disputes'))[4]).toBe(String(before.needed + 1)),
    );
    expect(seen.queries).toHaveLength(1);
  });

  it('does not count a verdict the search index has not reached, as on Zendesk', async () => {
    const { harness } = renderInsights();
    const before = expectedRow('handoff_rule_refund');
    await findRuleTable();
    harness.db.updateTags(unjudgedThisWeek().id, ['handoff_needed'], []);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect((await ruleRow('Refunds and billing disputes'))[4]).toBe(String(before.needed));
  });

  it('shows what it read earlier when the tab opens again, without asking Zendesk', async () => {
    const first = renderInsights();
    const refund = await ruleRow('Refunds and billing disputes');
    first.unmount();
    const again = renderInsights();
    expect(await ruleRow('Refunds and billing disputes')).toEqual(refund);
    expect(again.seen.queries).toEqual([]);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('keeps ended weeks across loads, and reads them all on “Read all 90 days again”', async () => {
    const first = renderInsights();
    await findRuleTable();
    first.unmount();
    // A new rule revision, and the page's held figures forgotten: the kept weeks still serve.
    const harness = createZafHarness({
      location: 'nav_bar',
      tickets: HISTORY,
      settings: {
        ...DEFAULT_SETTINGS,
        routing_rules: serializeRuleSet({ ...DEFAULT_RULES, revision: 8 }),
      },
    });
    const again = renderInsights({ harness });
    await findRuleTable();
    expect(again.seen.queries.length).toBeLessThan(recordWindows(NOW).length);
    again.seen.queries.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Read all 90 days again' }));
    await waitFor(() => expect(again.seen.queries).toHaveLength(recordWindows(NOW).length));
  });
});
