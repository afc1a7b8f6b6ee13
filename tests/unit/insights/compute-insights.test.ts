import { describe, expect, it } from 'vitest';
import { computeInsights, recordWindows, type HandoffRecord } from '../../../src/core/insights';
import {
  NO_ANSWER,
  NOW,
  REFUND,
  TWO_RULES,
  day,
  handoff,
  handoffs,
  numbersIn,
  pkg,
} from './fixtures';

function figuresOf(records: readonly HandoffRecord[], options: { missing?: string[] } = {}) {
  const missing = recordWindows(NOW).filter((w) => options.missing?.includes(w.start) ?? false);
  return computeInsights({ ruleSet: TWO_RULES, now: NOW, records, missing, intentsRead: true });
}

const row = (figures: ReturnType<typeof figuresOf>, ruleId: string) =>
  figures.rows.find((r) => r.ruleId === ruleId);

describe('computeInsights counts handoffs by their own UTC day', () => {
  it.each([
    [0, [1, 1, 1]],
    [6, [1, 1, 1]],
    [7, [0, 1, 1]],
    [29, [0, 1, 1]],
    [30, [0, 0, 1]],
    [89, [0, 0, 1]],
    [90, [0, 0, 0]],
  ])('puts a handoff %i days old in the 7/30/90-day figures %j', (daysAgo, [d7, d30, d90]) => {
    const figures = figuresOf([handoff(daysAgo, REFUND)]);
    expect(row(figures, 'refund')?.hits).toEqual({ days7: d7, days30: d30, days90: d90 });
  });

  it('counts verdicts in 90 days, a ticket with both verdict tags as neither', () => {
    const figures = figuresOf([
      ...handoffs(8, 3, [...REFUND, 'handoff_needed']),
      ...handoffs(3, 40, [...REFUND, 'handoff_unneeded']),
      handoff(5, [...REFUND, 'handoff_needed', 'handoff_unneeded']),
      handoff(95, [...REFUND, 'handoff_needed']),
    ]);
    expect(row(figures, 'refund')).toMatchObject({
      needed: 8,
      unneeded: 3,
      judged: 11,
      precision: 8 / 11,
      precisionWithheld: false,
    });
  });

  it('withholds precision below ten verdicts, on the page and in the file alike', () => {
    const figures = figuresOf(handoffs(4, 3, [...REFUND, 'handoff_needed']));
    expect(row(figures, 'refund')).toMatchObject({
      judged: 4,
      precision: null,
      precisionWithheld: true,
    });
  });
});

describe('the per-rule table adds up', () => {
  const records = [
    ...handoffs(5, 2, REFUND),
    ...handoffs(3, 10, NO_ANSWER),
    // Two rule tags (set by hand): counted once, under the first rule in priority order.
    handoff(4, ['handoff_rule_no_answer', 'handoff_rule_refund', 'handoff_type_keyword']),
    ...handoffs(2, 20, ['handoff_rule_access', 'handoff_type_intent']),
    handoff(
      21,
      ['handoff_rule_access', 'handoff_type_intent'],
      pkg({ ruleId: 'access', type: 'intent', label: 'Account access' }),
    ),
    ...handoffs(2, 30, []),
  ];
  const figures = figuresOf(records);

  it('lists rules of the set, then rules no longer in it, then untagged handoffs', () => {
    expect(figures.rows.map((r) => [r.kind, r.ruleId, r.label ?? null])).toEqual([
      ['rule', 'refund', 'Refunds'],
      ['rule', 'no-answer', 'No answer'],
      ['removed', 'access', 'Account access'],
      ['untagged', '', null],
    ]);
    expect(row(figures, 'refund')?.hits.days90).toBe(6);
    expect(row(figures, 'access')).toMatchObject({ type: 'intent', hits: { days90: 3 } });
  });

  it('has rows that sum to the totals, figure by figure', () => {
    const sum = (pick: (r: (typeof figures.rows)[number]) => number | null) =>
      figures.rows.reduce((total, r) => total + (pick(r) ?? 0), 0);
    expect(sum((r) => r.hits.days90)).toBe(figures.totals.hits.days90);
    expect(sum((r) => r.hits.days30)).toBe(figures.totals.hits.days30);
    expect(sum((r) => r.hits.days7)).toBe(figures.totals.hits.days7);
    expect(figures.types.types.reduce((t, e) => t + (e.count ?? 0), 0)).toBe(
      figures.totals.hits.days90,
    );
    expect(figures.types.types.find((e) => e.type === 'unknown')?.count).toBe(2);
  });

  it('names a removed rule from the revision history before its packages', () => {
    const named = computeInsights({
      ruleSet: TWO_RULES,
      now: NOW,
      records,
      missing: [],
      intentsRead: true,
      pastLabels: { access: 'Locked out' },
    });
    expect(named.rows.find((r) => r.kind === 'removed')?.label).toBe('Locked out');
  });
});

describe('a window that could not be read', () => {
  const records = [...handoffs(4, 1, REFUND), ...handoffs(6, 50, REFUND)];
  const windows = recordWindows(NOW);
  const older = windows.find((w) => w.start <= day(50) && w.end >= day(50))?.start ?? '';

  it('blanks every figure over its days and keeps the others exact', () => {
    const figures = figuresOf(records, { missing: [older] });
    expect(row(figures, 'refund')?.hits).toEqual({ days7: 4, days30: 4, days90: null });
    expect(row(figures, 'refund')).toMatchObject({ needed: null, precision: null });
    expect(figures.partial).toBe(true);
    expect(figures.missing).toEqual([windows.find((w) => w.start === older)]);
    const gap = windows.find((w) => w.start === older);
    for (const week of figures.trend.weeks) {
      const overlaps = gap !== undefined && week.start <= gap.end && week.end >= gap.start;
      expect(week.overall === null, `week of ${week.start}`).toBe(overlaps);
    }
    expect(numbersIn(figures).every(Number.isFinite)).toBe(true);
  });
});

describe('the weekly trend', () => {
  it('counts twelve rolling weeks, newest on the right, overall and per rule', () => {
    const figures = figuresOf([
      ...handoffs(2, 0, REFUND),
      ...handoffs(3, 7, NO_ANSWER),
      handoff(83, REFUND),
    ]);
    const { weeks } = figures.trend;
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toMatchObject({
      end: day(0),
      overall: 2,
      rules: { refund: 2, 'no-answer': 0 },
    });
    expect(weeks.at(-2)).toMatchObject({ end: day(7), overall: 3, rules: { 'no-answer': 3 } });
    expect(weeks[0]).toMatchObject({ start: day(83), overall: 1 });
  });
});

describe('the fallback’s intents', () => {
  const fallback = (name: string) =>
    handoff(
      2,
      NO_ANSWER,
      pkg({ ruleId: 'no-answer', type: 'confidence', confidence: 0.3 }, { name, confidence: 0.3 }),
    );

  it('are tallied from the confidence handoffs’ packages when the field was read', () => {
    const figures = figuresOf([
      fallback('billing.refund'),
      fallback('billing.refund'),
      fallback('account.2fa'),
    ]);
    expect(figures.intents?.intents.map((i) => [i.name, i.count])).toEqual([
      ['billing.refund', 2],
      ['account.2fa', 1],
    ]);
  });

  it('are absent when the context field is unknown', () => {
    const figures = computeInsights({
      ruleSet: TWO_RULES,
      now: NOW,
      records: [fallback('x')],
      missing: [],
      intentsRead: false,
    });
    expect(figures.intents).toBeUndefined();
  });
});

describe('recordWindows', () => {
  it('covers the 90 days and the day before, each day once, in Monday-to-Sunday weeks', () => {
    const windows = recordWindows(NOW);
    expect(windows[0]?.start).toBe(day(90));
    expect(windows.at(-1)?.end).toBe(day(0));
    for (const [i, w] of windows.entries()) {
      const next = windows[i + 1];
      if (next !== undefined) expect(Date.parse(next.start) - Date.parse(w.end)).toBe(86_400_000);
      if (i > 0) expect(new Date(`${w.start}T00:00:00Z`).getUTCDay()).toBe(1);
    }
  });
});
