import { describe, expect, it } from 'vitest';
import { computeInsights } from '../../../src/core/stats';
import {
  answeredCounts,
  NOW,
  numbersIn,
  TWO_RULE_COUNTS,
  TWO_RULES,
  withoutKeys,
} from './fixtures';

const COMPLETE = answeredCounts(TWO_RULES, TWO_RULE_COUNTS);

describe('computeInsights with every count answered', () => {
  const figures = computeInsights(TWO_RULES, COMPLETE, NOW);

  it('fills the per-rule table in priority order', () => {
    expect(figures.rules.map((row) => row.ruleId)).toEqual(['refund', 'no-answer']);
    expect(figures.rules[0]).toMatchObject({
      label: 'Refunds',
      type: 'keyword',
      enabled: true,
      hits: { days7: 5, days30: 25, days90: 60 },
      share: 0.3,
      needed: 30,
      unneeded: 6,
      judged: 36,
      partial: false,
    });
    expect(figures.rules[0]?.precision).toBeCloseTo(30 / 36);
    expect(figures.rules[1]).toMatchObject({ judged: 40, precision: 0.25, share: 0.55 });
  });

  it('totals every handoff, with the share judged and those of rules no longer in the set', () => {
    expect(figures.totals).toMatchObject({
      hits: { days7: 20, days30: 80, days90: 200 },
      judged: 120,
      judgedShare: 0.6,
      otherRules: 30,
      partial: false,
    });
    expect(figures.totals.precision).toBeCloseTo(70 / 120);
  });

  it('lays the trend oldest first, week 0 being the 7-day count', () => {
    const { weeks } = figures.trend;
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ start: '2026-08-29', end: '2026-09-04', overall: 21 });
    expect(weeks[0]?.rules).toEqual({ refund: 11, 'no-answer': 1 });
    expect(weeks[11]).toMatchObject({ start: '2026-11-14', end: '2026-11-20', overall: 20 });
    expect(weeks[11]?.rules['refund']).toBe(5);
    expect(figures.trend.partial).toBe(false);
  });

  it('splits the 90 days by trigger type with shares that add up to one', () => {
    expect(figures.types.types).toEqual([
      { type: 'keyword', count: 60, share: 0.3 },
      { type: 'intent', count: 30, share: 0.15 },
      { type: 'confidence', count: 110, share: 0.55 },
      { type: 'customer', count: 0, share: 0 },
    ]);
    expect(figures.types.total).toBe(200);
  });

  it('is complete', () => {
    expect(figures).toMatchObject({ partial: false, missing: [], today: '2026-11-20' });
    expect(figures.windowStart).toEqual({
      days7: '2026-11-14',
      days30: '2026-10-22',
      days90: '2026-08-23',
    });
  });
});

describe('computeInsights with counts missing', () => {
  it('blanks only the figures that need a missing count and marks their owners partial', () => {
    const figures = computeInsights(
      TWO_RULES,
      withoutKeys(COMPLETE, 'rule/refund/needed', 'rule/no-answer/week3', 'type/intent'),
      NOW,
    );
    expect(figures.rules[0]).toMatchObject({
      hits: { days90: 60 },
      needed: null,
      judged: null,
      precision: null,
      share: 0.3,
      partial: true,
    });
    expect(figures.rules[1]?.partial).toBe(false);
    expect(figures.trend.weeks[8]?.rules['no-answer']).toBeNull();
    expect(figures.trend.partial).toBe(true);
    expect(figures.types).toMatchObject({ total: null, partial: true });
    expect(figures.types.types.every((entry) => entry.share === null)).toBe(true);
    expect(figures.partial).toBe(true);
    expect([...figures.missing].sort()).toEqual([
      'rule/no-answer/week3',
      'rule/refund/needed',
      'type/intent',
    ]);
  });

  it('leaves shares and the other-rules figure unknown without the overall count', () => {
    const figures = computeInsights(TWO_RULES, withoutKeys(COMPLETE, 'all/days90'), NOW);
    expect(figures.rules.map((row) => row.share)).toEqual([null, null]);
    expect(figures.totals).toMatchObject({ otherRules: null, judgedShare: null, partial: true });
  });

  it('marks everything partial and produces no NaN when nothing was answered', () => {
    const figures = computeInsights(TWO_RULES, {}, NOW);
    expect(figures.partial).toBe(true);
    expect(figures.missing).toHaveLength(52);
    expect(numbersIn(figures).some(Number.isNaN)).toBe(false);
  });

  it.each([
    ['negative', -1],
    ['fractional', 2.5],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('reads a %s count as missing', (_, bad) => {
    const figures = computeInsights(TWO_RULES, { ...COMPLETE, 'rule/refund/days7': bad }, NOW);
    expect(figures.rules[0]?.hits.days7).toBeNull();
    expect(figures.missing).toEqual(['rule/refund/days7']);
  });
});

describe('computeInsights ratios over zero', () => {
  it('gives no precision for a rule nobody judged, without calling it partial', () => {
    const counts = { ...COMPLETE, 'rule/refund/needed': 0, 'rule/refund/unneeded': 0 };
    const row = computeInsights(TWO_RULES, counts, NOW).rules[0];
    expect(row).toMatchObject({ judged: 0, precision: null, partial: false });
  });

  it('gives no shares when there were no handoffs at all', () => {
    const counts = answeredCounts(TWO_RULES, {}, 0);
    const figures = computeInsights(TWO_RULES, counts, NOW);
    expect(figures.rules.map((row) => row.share)).toEqual([null, null]);
    expect(figures.types.types.map((entry) => entry.share)).toEqual([null, null, null, null]);
    expect(figures.partial).toBe(false);
  });

  it('plans and computes the trend only for the rules asked for', () => {
    const options = { trendRuleIds: ['no-answer'] };
    const figures = computeInsights(TWO_RULES, COMPLETE, NOW, options);
    expect(figures.trend.ruleIds).toEqual(['no-answer']);
    expect(Object.keys(figures.trend.weeks[0]?.rules ?? {})).toEqual(['no-answer']);
    expect(figures.partial).toBe(false);
  });
});
