import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES, serializeRuleSet } from '../../../src/core/routing';
import { createZafHarness, DEFAULT_SETTINGS } from '../../support/zaf-harness';
import {
  createdWithin,
  expectedRow,
  findRuleTable,
  HISTORY,
  holdCounts,
  renderInsights,
  resetInsightsCache,
  ruleRow,
  tagged,
} from './support';

beforeEach(() => resetInsightsCache());

describe('Insights for the session', () => {
  it('says when the figures were counted and which days they cover', async () => {
    renderInsights();
    await findRuleTable();
    expect(screen.getByText('As of Nov 26, 2026, 3:00 PM')).toBeInTheDocument();
    expect(
      screen.getByText(/Last 90 days \(Aug 29, 2026 – Nov 26, 2026\), days in UTC/),
    ).toBeInTheDocument();
  });

  it('counts again on Refresh, showing a verdict set since', async () => {
    const { harness, seen } = renderInsights();
    const before = expectedRow('handoff_rule_refund');
    expect((await ruleRow('Refunds and billing disputes'))[4]).toBe(String(before.needed));
    const unjudged = createdWithin(90, tagged('handoff_rule_refund')).find(
      (ticket) =>
        !ticket.tags.some((tag) => tag === 'handoff_needed' || tag === 'handoff_unneeded'),
    );
    if (unjudged === undefined) throw new Error('the demo set has an unjudged refund handoff');
    harness.db.updateTags(unjudged.id, ['handoff_needed'], []);
    seen.queries.length = 0;
    const held = holdCounts(harness);

    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(/^Refreshing the figures: 0 of \d+ requests$/)).toBeVisible();
    held.release();
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect((await ruleRow('Refunds and billing disputes'))[4]).toBe(String(before.needed + 1));
    expect(seen.queries.length).toBeGreaterThan(40);
  });

  it('shows the figures from the session cache when the tab opens again', async () => {
    const first = renderInsights();
    const refund = await ruleRow('Refunds and billing disputes');
    expect(first.seen.queries.length).toBeGreaterThan(40);
    first.unmount();

    const again = renderInsights();
    expect(await ruleRow('Refunds and billing disputes')).toEqual(refund);
    expect(again.seen.queries).toEqual([]);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('counts afresh for a new revision of the rules', async () => {
    const first = renderInsights();
    await findRuleTable();
    first.unmount();

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
    expect(again.seen.queries.length).toBeGreaterThan(40);
  });
});
