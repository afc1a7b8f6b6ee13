import type { RuleSet } from '../../../src/core/routing';
import { planInsightQueries } from '../../../src/core/stats';

export const NOW = new Date('2026-11-20T10:32:11Z');

export const TWO_RULES: RuleSet = {
  schema: 'handoff-rules/v1',
  revision: 3,
  rules: [
    { id: 'refund', type: 'keyword', label: 'Refunds', enabled: true, phrases: ['refund*'] },
    { id: 'no-answer', type: 'confidence', label: 'No answer', enabled: true, below: 0.6 },
  ],
};

/** The counts of a plan for TWO_RULES, every week of the trends included. */
export const TWO_RULE_COUNTS: Readonly<Record<string, number>> = {
  'all/days7': 20,
  'all/days30': 80,
  'all/days90': 200,
  'all/needed': 70,
  'all/unneeded': 50,
  'rule/refund/days7': 5,
  'rule/refund/days30': 25,
  'rule/refund/days90': 60,
  'rule/refund/needed': 30,
  'rule/refund/unneeded': 6,
  'rule/no-answer/days7': 12,
  'rule/no-answer/days30': 45,
  'rule/no-answer/days90': 110,
  'rule/no-answer/needed': 10,
  'rule/no-answer/unneeded': 30,
  'type/customer': 0,
  'type/keyword': 60,
  'type/intent': 30,
  'type/confidence': 110,
  ...Object.fromEntries(
    Array.from({ length: 11 }, (_, i) => [
      [`all/week${i + 1}`, 11 + i],
      [`rule/refund/week${i + 1}`, i + 1],
    ]).flat(),
  ),
};

/** Counts for every key of the plan: the given ones, and `fill` for the rest. */
export function answeredCounts(
  ruleSet: RuleSet,
  given: Readonly<Record<string, number>>,
  fill = 1,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { key } of planInsightQueries(ruleSet, NOW)) counts[key] = given[key] ?? fill;
  return counts;
}

export function withoutKeys(counts: Readonly<Record<string, number>>, ...keys: string[]) {
  return Object.fromEntries(Object.entries(counts).filter(([key]) => !keys.includes(key)));
}

/** Every number anywhere in a value, to prove none is NaN. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(numbersIn);
}
