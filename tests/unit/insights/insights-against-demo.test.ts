import { describe, expect, it } from 'vitest';
import { parseContextPackage, type ContextPackage } from '../../../src/core/contract';
import { DEFAULT_RULES } from '../../../src/core/routing';
import {
  computeInsights,
  insightCalendar,
  recommend,
  recordWindows,
  ruleTableCsv,
  type HandoffRecord,
} from '../../../src/core/insights';
import { generateDemoTickets } from '../../../src/demo/data';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import { matchesSearchQuery, parseSearchQuery } from '../../../src/demo/search';
import { windowQuery } from '../../../src/zendesk/search';

const NOW = new Date('2026-11-26T15:00:00Z');
const DAY = 86_400_000;
const TICKETS = generateDemoTickets({ now: NOW });
const { today } = insightCalendar(NOW);

// The app's side: each window's documented query, answered by the demo's search.
const READ = recordWindows(NOW).map((window) => {
  const query = windowQuery(window, today);
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) throw new Error(`the app wrote a query the search refuses: ${query}`);
  return TICKETS.filter((ticket) => matchesSearchQuery(parsed.value, ticket));
});
const RECORDS: HandoffRecord[] = READ.flat().map((ticket) => ({
  id: ticket.id,
  createdAt: ticket.created_at,
  tags: ticket.tags,
  contextField: ticket.custom_fields.find((f) => f.id === DEMO_ACCOUNT.contextFieldId)?.value,
}));
const INPUT = {
  ruleSet: DEFAULT_RULES,
  now: NOW,
  records: RECORDS,
  missing: [],
  intentsRead: true,
};
const figures = computeInsights(INPUT);

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
    const row = figures.rows.find((r) => r.ruleId === ruleId);
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
      precision: needed + unneeded < 10 ? null : needed / (needed + unneeded),
      precisionWithheld: needed + unneeded < 10,
    });
  });

  it('reads each ticket once across the windows', () => {
    const ids = READ.flat().map((ticket) => ticket.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(
      TICKETS.filter((t) => Date.parse(t.created_at) >= NOW.getTime() - 91 * DAY).length,
    );
  });

  it('for the totals, with the retired rule in a row of its own, named by its packages', () => {
    const current = new Set(DEFAULT_RULES.rules.map((rule) => rule.id));
    expect(figures.totals).toMatchObject({
      hits: { days7: within(7).length, days30: within(30).length, days90: within(90).length },
      needed: verdicts(HANDOFFS, 'needed'),
      unneeded: verdicts(HANDOFFS, 'unneeded'),
    });
    const retired = within(90).filter((h) => !current.has(h.pkg.trigger.ruleId));
    expect(retired.length).toBeGreaterThan(0);
    expect(figures.rows.filter((r) => r.kind === 'removed')).toEqual([
      expect.objectContaining({
        ruleId: 'access',
        label: 'Account access',
        hits: expect.objectContaining({ days90: retired.length }) as unknown,
      }),
    ]);
    const sum = figures.rows.reduce((total, r) => total + (r.hits.days90 ?? 0), 0);
    expect(sum).toBe(figures.totals.hits.days90);
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

  it('for the intents falling through, read from every fallback package', () => {
    const fallback = within(90).filter((h) => h.pkg.trigger.type === 'confidence');
    const invoice = fallback.filter((h) => h.pkg.intent?.name === 'billing.invoice_copy').length;
    expect(figures.intents?.considered).toBe(fallback.length);
    expect(figures.intents?.intents[0]).toMatchObject({
      name: 'billing.invoice_copy',
      count: invoice,
    });
  });

  it('in the CSV export, with the same numbers', () => {
    const refund = figures.rows.find((r) => r.ruleId === 'refund');
    const csv = ruleTableCsv(figures, {
      rowName: (row) => row.label ?? row.ruleId,
      typeName: (type) => type,
      rowKind: (kind) => kind,
      yes: 'yes',
      no: 'no',
      totalName: 'All handoffs',
    });
    const line = csv.split('\r\n').find((l) => l.split(',')[1] === 'refund');
    expect(line?.split(',').slice(6, 9).map(Number)).toEqual([
      refund?.hits.days7,
      refund?.hits.days30,
      refund?.hits.days90,
    ]);
  });

  it('leads to the advice the demo story calls for', () => {
    const advice = recommend(figures, INPUT);
    expect(advice).toContainEqual(
      expect.objectContaining({
        code: expect.stringMatching(/^(lower_threshold|narrow_rule)$/) as unknown,
        params: expect.objectContaining({ ruleId: 'no-answer' }) as unknown,
      }),
    );
    expect(advice).toContainEqual(
      expect.objectContaining({
        code: 'cover_intent',
        params: expect.objectContaining({ intent: 'billing.invoice_copy' }) as unknown,
      }),
    );
  });
});
