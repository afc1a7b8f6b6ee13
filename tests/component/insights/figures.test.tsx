import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createZafHarness } from '../../support/zaf-harness';
import {
  createdWithin,
  expectedRow,
  fallbackIntentCount,
  findRuleTable,
  HISTORY,
  holdSearches,
  percent1,
  renderInsights,
  resetInsightsCache,
  ruleRow,
  tagged,
  tickets,
} from './support';

beforeEach(() => resetInsightsCache());

const RULES = [
  ['Asked for a person', 'handoff_rule_human'],
  ['Refunds and billing disputes', 'handoff_rule_refund'],
  ['Bot had no good answer', 'handoff_rule_no_answer'],
] as const;

describe('the Insights figures', () => {
  it('shows a progress bar with the weeks read while it reads', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY });
    const held = holdSearches(harness);
    renderInsights({ harness });
    const bar = await screen.findByRole('progressbar', { name: 'Loading Insights figures' });
    await waitFor(() =>
      expect(bar).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^Reading handoffs from Zendesk: 0 of 1[34] weeks$/),
      ),
    );
    expect(screen.getByText(/^Reading handoffs from Zendesk: 0 of 1[34] weeks$/)).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    held.release();
    await findRuleTable();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it.each(RULES)('shows the row of “%s” as its tickets count it', async (label, tag) => {
    renderInsights();
    const expected = expectedRow(tag);
    const all90 = createdWithin(90, tagged('handoff')).length;
    const judged = expected.needed + expected.unneeded;
    const cells = await ruleRow(label);
    expect(cells.slice(0, 7)).toEqual([
      String(expected.days7),
      String(expected.days30),
      String(expected.days90),
      percent1(expected.days90 / all90),
      String(expected.needed),
      String(expected.unneeded),
      String(judged),
    ]);
    expect(cells[7]).toBe(`${percent1(expected.needed / judged)}${judged} judged`);
  });

  it('shows the totals, and the rule no longer in the set under its last name', async () => {
    renderInsights();
    const all = expectedRow('handoff');
    const retired = expectedRow('handoff_rule_access');
    expect(retired.days90).toBeGreaterThan(0);
    const totals = await ruleRow('All handoffs');
    expect(totals.slice(0, 7)).toEqual([
      String(all.days7),
      String(all.days30),
      String(all.days90),
      '100.0%',
      String(all.needed),
      String(all.unneeded),
      String(all.needed + all.unneeded),
    ]);
    const access = await ruleRow('Account access');
    expect(access.slice(2, 4)).toEqual([
      String(retired.days90),
      percent1(retired.days90 / all.days90),
    ]);
    const table = await findRuleTable();
    const name = within(table).getByRole('cell', { name: /^Account access/ });
    expect(name).toHaveTextContent('No longer in the set');
    expect(name).toHaveTextContent('handoff_rule_access');
    expect(screen.getByText(/so the rows add up to all handoffs/)).toBeVisible();
    const tile = screen.getByText('Handoffs, last 90 days').parentElement;
    expect(tile).toHaveTextContent(`Handoffs, last 90 days${all.days90}`);
  });

  it('marks the rule that is switched off', async () => {
    renderInsights();
    const table = await findRuleTable();
    const urgent = within(table).getByRole('cell', { name: /^Urgent/ });
    expect(within(urgent).getByText('Off')).toBeInTheDocument();
  });

  it('says "not enough verdicts" instead of a precision resting on a handful', async () => {
    renderInsights();
    const legal = expectedRow('handoff_rule_legal');
    const judged = legal.needed + legal.unneeded;
    expect(judged).toBeLessThan(10);
    const cells = await ruleRow('Legal and compliance');
    expect(cells[7]).toBe(`Not enough verdicts${judged} judged`);
  });

  it('words each recommendation with the numbers and the change it suggests', async () => {
    renderInsights();
    const fallback = expectedRow('handoff_rule_no_answer');
    const judged = fallback.needed + fallback.unneeded;
    const unneededPercent = Math.round((fallback.unneeded / judged) * 100);
    const advice = await screen.findByRole('region', { name: 'What the figures suggest' });
    expect(advice).toHaveTextContent(
      `“Bot had no good answer” fired ${fallback.days90} times in 90 days; agents judged ${judged} of them and marked ${fallback.unneeded} (${unneededPercent}%) unnecessary.`,
    );
    expect(advice).toHaveTextContent(
      /Lower its threshold from 0\.6 to 0\.\d+: \d+ of the \d+ unnecessary handoffs had a confidence between/,
    );
    const fallbackRead = createdWithin(90, tagged('handoff_type_confidence')).length;
    const invoice = fallbackIntentCount('billing.invoice_copy');
    expect(advice).toHaveTextContent(
      `“Billing › invoice copy” reached people ${invoice} times through the fallback (${Math.round((invoice / fallbackRead) * 100)}% of the ${fallbackRead} fallback handoffs read).`,
    );
    expect(advice).toHaveTextContent('Add an intent rule for billing.invoice_copy');
  });

  it('lists the intents reaching people through the fallback, most frequent first', async () => {
    renderInsights();
    const intents = await screen.findByRole('table', {
      name: 'Intents reaching people through the confidence fallback',
    });
    const first = within(intents).getAllByRole('row')[1];
    const cells = within(first ?? intents).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Billing › invoice copybilling.invoice_copy');
    expect(cells[1]).toHaveTextContent(String(fallbackIntentCount('billing.invoice_copy')));
  });

  it('splits the last 90 days by trigger type', async () => {
    renderInsights();
    const split = await screen.findByRole('table', {
      name: 'Handoffs by trigger type, last 90 days',
    });
    const keyword = createdWithin(90, tagged('handoff_type_keyword', tickets())).length;
    const row = within(split).getByRole('row', { name: /^Keyword/ });
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(String(keyword));
  });
});
