import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../src/core/routing';
import { createZafHarness } from '../../support/zaf-harness';
import {
  createdWithin,
  expectedRow,
  fallbackIntentCount,
  findRuleTable,
  HISTORY,
  holdCounts,
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
  it('shows a progress bar with done and total while it counts', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY });
    const held = holdCounts(harness);
    renderInsights({ harness });
    const bar = await screen.findByRole('progressbar', { name: 'Loading Insights figures' });
    await waitFor(() =>
      expect(bar).toHaveAttribute(
        'aria-valuetext',
        expect.stringMatching(/^Counting handoffs in Zendesk: 0 of \d+ requests$/),
      ),
    );
    expect(screen.getByText(/^Counting handoffs in Zendesk: 0 of \d+ requests$/)).toBeVisible();
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

  it('shows the totals, and the handoffs of rules no longer in the set', async () => {
    renderInsights();
    const all = expectedRow('handoff');
    const current = DEFAULT_RULES.rules.map((rule) => `handoff_rule_${rule.id.replace('-', '_')}`);
    const retired = createdWithin(90, tagged('handoff')).filter(
      (ticket) => !ticket.tags.some((tag) => current.includes(tag)),
    ).length;
    expect(retired).toBeGreaterThan(0);
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
    const others = await ruleRow('Rules no longer in the set');
    expect(others.slice(2, 4)).toEqual([String(retired), percent1(retired / all.days90)]);
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

  it('words each recommendation with the numbers it rests on', async () => {
    renderInsights();
    const fallback = expectedRow('handoff_rule_no_answer');
    const judged = fallback.needed + fallback.unneeded;
    const unneededPercent = Math.round((fallback.unneeded / judged) * 100);
    const advice = await screen.findByRole('region', { name: 'What the figures suggest' });
    expect(advice).toHaveTextContent(
      `“Bot had no good answer” fired ${fallback.days90} times in 90 days; agents judged ${judged} of them and marked ${unneededPercent}% unnecessary.`,
    );
    expect(advice).toHaveTextContent('lower its threshold (now below 0.6)');
    const fallbackRead = createdWithin(90, tagged('handoff_type_confidence')).length;
    const invoice = fallbackIntentCount('billing.invoice_copy');
    expect(advice).toHaveTextContent(
      `billing.invoice_copy reached people ${invoice} times through the fallback (${Math.round((invoice / fallbackRead) * 100)}% of the ${fallbackRead} fallback handoffs read) — add an intent rule or a help article.`,
    );
  });

  it('lists the intents reaching people through the fallback, most frequent first', async () => {
    renderInsights();
    const intents = await screen.findByRole('table', {
      name: 'Intents reaching people through the confidence fallback',
    });
    const first = within(intents).getAllByRole('row')[1];
    const cells = within(first ?? intents).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('billing.invoice_copy');
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
