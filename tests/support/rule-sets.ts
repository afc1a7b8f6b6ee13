import { DEFAULT_RULES, type Rule, type RuleSet } from '../../src/core/routing';

/**
 * The default rules grown to `size` with one-phrase keyword rules (or cut to it): the large
 * rule sets the Insights budget is measured and tested against.
 */
export function ruleSetOf(size: number): RuleSet {
  const extra: Rule[] = Array.from(
    { length: Math.max(0, size - DEFAULT_RULES.rules.length) },
    (_, i) => ({
      id: `topic-${i}`,
      type: 'keyword',
      label: `Topic ${i}`,
      enabled: true,
      phrases: [`topic${i}`],
    }),
  );
  return { ...DEFAULT_RULES, rules: [...DEFAULT_RULES.rules, ...extra].slice(0, size) };
}
