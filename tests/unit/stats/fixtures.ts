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
