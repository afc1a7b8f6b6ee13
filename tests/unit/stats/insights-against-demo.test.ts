import { describe, expect, it } from 'vitest';
import { parseContextPackage, type ContextPackage } from '../../../src/core/contract';
import { DEFAULT_RULES } from '../../../src/core/routing';
import {
  computeInsights,
  planInsightQueries,
  recommend,
  ruleTableCsv,
  tallyFallThroughIntents,
} from '../../../src/core/stats';
import { generateDemoTickets } from '../../../src/demo/data';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import {
  matchesSearchQuery,
  parseSearchQuery,
  searchTicketRecords,
} from '../../../src/demo/search';
import type { ZendeskTicket } from '../../../src/demo/zendesk-records';

const NOW = new Date('2026-11-26T15:00:00Z');
const DAY = 86_400_000;
const TICKETS = generateDemoTickets({ now: NOW });

function searched(query: string): ZendeskTicket[] {
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) throw new Error(`the plan wrote a query the search refuses: ${query}`);
  return TICKETS.filter((ticket) => matchesSearchQuery(parsed.value, ticket));
}

const counts = Object.fromEntries(
  planInsightQueries(DEFAULT_RULES, NOW).map(({ key, query }) => [key, searched(query).length]),
);
const figures = computeInsights(DEFAULT_RULES, counts, NOW);

// The independent side: the packages themselves and plain date arithmetic, no search syntax.
interface Handoff {
  readonly pkg: ContextPackage;
  readonly ageDays: number;
  readonly verdict?: 'needed' | 'unneeded';
}

const endOfToday = Math.floor(NOW.getTime() / DAY) * DAY + DAY;
const HANDOFFS: Handoff[] = TICKETS.map((ticket) => {
  const parsed = parseContextPackage(ticket.custom_fields[0]?.value);
  if (!parsed.ok) throw new Error(`demo ticket ${ticket.id} has no valid package`);
  const needed = ticket.tags.includes('handoff_needed');
  const unneeded = ticket.tags.includes('handoff_unneeded');
  return {
    pkg: parsed.value,
    // Whole UTC days back from the end of today: 0 is today.
    ageDays: Math.floor((endOfToday - Date.parse(ticket.created_at) - 1) / DAY),
    ...(needed ? { verdict: 'needed' as const } : unneeded ? { verdict: 'unneeded' as const } : {}),
  };
});

const within = (days: number, list = HANDOFFS) => list.filter((h) => h.ageDays < days);
const ofRule = (ruleId: string) => HANDOFFS.filter((h) => h.pkg.trigger.ruleId === ruleId);
const verdicts = (list: readonly Handoff[], verdict: 'needed' | 'unneeded') =>
  within(90, [...list]).filter((h) => h.verdict === verdict).length;

describe('Insights over the demo set agree with the tickets themselves', () => {
  it.each(DEFAULT_RULES.rules.map((rule) => [rule.id]))('for rule %s', (ruleId) => {
    const own = ofRule(ruleId);
    const needed = verdicts(own, 'needed');
    const unneeded = verdicts(own, 'unneeded');
    const row = figures.rules.find((r) => r.ruleId === ruleId);
    expect(row).toMatchObject({
      hits: {
        days7: within(7, own).length,
        days30: within(30, own).length,
        days90: within(90, own).length,
      },
      share: within(90, own).length / within(90).length,
      needed,
      unneeded,
      judged: needed + unneeded,
      precision: needed + unneeded === 0 ? null : needed / (needed + unneeded),
      partial: false,
    });
  });

  it('for the totals, counting the retired rule among other rules', () => {
    const current = new Set(DEFAULT_RULES.rules.map((rule) => rule.id));
    expect(figures.totals).toMatchObject({
      hits: { days7: within(7).length, days30: within(30).length, days90: within(90).length },
      needed: verdicts(HANDOFFS, 'needed'),
      unneeded: verdicts(HANDOFFS, 'unneeded'),
      otherRules: within(90).filter((h) => !current.has(h.pkg.trigger.ruleId)).length,
    });
    expect(figures.totals.otherRules).toBeGreaterThan(0);
  });

  it('for every week of the trend, overall and per rule', () => {
    figures.trend.weeks.forEach((week, position) => {
      const weekIndex = 11 - position;
      const inWeek = HANDOFFS.filter((h) => Math.floor(h.ageDays / 7) === weekIndex);
      expect(week.overall).toBe(inWeek.length);
      for (const rule of DEFAULT_RULES.rules) {
        expect(week.rules[rule.id]).toBe(
          inWeek.filter((h) => h.pkg.trigger.ruleId === rule.id).length,
        );
      }
    });
  });

  it('for the split by trigger type', () => {
    for (const entry of figures.types.types) {
      expect(entry.count).toBe(within(90).filter((h) => h.pkg.trigger.type === entry.type).length);
    }
    expect(figures.types.types.every((entry) => (entry.count ?? 0) > 0)).toBe(true);
  });

  it('for the intents falling through, read from the newest fallback packages', () => {
    const parsed = parseSearchQuery(
      planInsightQueries(DEFAULT_RULES, NOW).find((e) => e.key === 'type/confidence')?.query ?? '',
    );
    if (!parsed.ok) throw new Error('the fallback query must parse');
    const newest = searchTicketRecords(TICKETS, parsed.value, { by: 'created_at', order: 'desc' });
    const fieldValues = newest
      .slice(0, 1000)
      .map((t) => t.custom_fields.find((f) => f.id === DEMO_ACCOUNT.contextFieldId)?.value);
    const tally = tallyFallThroughIntents(fieldValues);
    const fallback = within(90).filter((h) => h.pkg.trigger.type === 'confidence');
    const invoice = fallback.filter((h) => h.pkg.intent?.name === 'billing.invoice_copy').length;
    expect(tally.considered).toBe(fallback.length);
    expect(tally.intents[0]).toMatchObject({ name: 'billing.invoice_copy', count: invoice });
  });

  it('in the CSV export, with the same numbers', () => {
    const refund = figures.rules.find((r) => r.ruleId === 'refund');
    const line = ruleTableCsv(figures).split('\r\n')[2];
    expect(line?.split(',').slice(4, 7).map(Number)).toEqual([
      refund?.hits.days7,
      refund?.hits.days30,
      refund?.hits.days90,
    ]);
  });

  it('counts a ticket from the first second of a window, not one from the second before', () => {
    const query = planInsightQueries(DEFAULT_RULES, NOW).find((e) => e.key === 'all/days7')?.query;
    const parsed = parseSearchQuery(query ?? '');
    if (!parsed.ok) throw new Error('the 7-day query must parse');
    const at = (created_at: string): ZendeskTicket => ({
      id: 1,
      subject: 'Edge',
      status: 'open',
      created_at,
      updated_at: created_at,
      requester_id: 1,
      tags: ['handoff'],
      custom_fields: [],
    });
    const found = ['2026-11-20T00:00:00Z', '2026-11-19T23:59:59Z'].map((created) =>
      matchesSearchQuery(parsed.value, at(created)),
    );
    expect(found).toEqual([true, false]);
  });

  it('leads to the advice the demo story calls for', () => {
    const fallback = searched(
      planInsightQueries(DEFAULT_RULES, NOW).find((e) => e.key === 'type/confidence')?.query ?? '',
    );
    const tally = tallyFallThroughIntents(fallback.map((t) => t.custom_fields[0]?.value));
    const advice = recommend(figures, DEFAULT_RULES, tally);
    expect(advice).toContainEqual(
      expect.objectContaining({
        code: 'narrow_rule',
        params: expect.objectContaining({ ruleId: 'no-answer' }),
      }),
    );
    expect(advice).toContainEqual(
      expect.objectContaining({
        code: 'cover_intent',
        params: expect.objectContaining({ intent: 'billing.invoice_copy' }),
      }),
    );
  });
});
