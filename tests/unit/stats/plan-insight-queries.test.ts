import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type Rule, type RuleSet } from '../../../src/core/routing';
import { insightCalendar, planInsightQueries } from '../../../src/core/stats';

const NOW = new Date('2026-11-20T10:32:11Z');

function keywordRules(count: number): RuleSet {
  const rules: Rule[] = Array.from({ length: count }, (_, index) => ({
    id: `rule-${index}`,
    type: 'keyword',
    label: `Rule ${index}`,
    enabled: true,
    phrases: [`word${index}`],
  }));
  return { schema: 'handoff-rules/v1', revision: 1, rules };
}

const queryOf = (ruleSet: RuleSet, key: string) =>
  planInsightQueries(ruleSet, NOW).find((entry) => entry.key === key)?.query;

describe('planInsightQueries', () => {
  it.each([
    [0, 20],
    [1, 36],
    [5, 100],
    [20, 340],
    [50, 820],
  ])('plans 16 queries per rule plus 20 overall: %i rules, %i queries', (rules, queries) => {
    expect(planInsightQueries(keywordRules(rules), NOW)).toHaveLength(queries);
  });

  it('plans 5 queries for a rule whose trend is not asked for', () => {
    const plan = planInsightQueries(keywordRules(4), NOW, { trendRuleIds: ['rule-0'] });
    expect(plan).toHaveLength(20 + 16 + 3 * 5);
    expect(plan.filter((entry) => entry.key.startsWith('rule/rule-3/'))).toHaveLength(5);
  });

  it('gives every figure its own key', () => {
    const keys = planInsightQueries(DEFAULT_RULES, NOW).map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['rule/refund/days7', 'type:ticket tags:handoff_rule_refund created>=2026-11-14'],
    ['rule/refund/days30', 'type:ticket tags:handoff_rule_refund created>=2026-10-22'],
    ['rule/refund/days90', 'type:ticket tags:handoff_rule_refund created>=2026-08-23'],
    [
      'rule/refund/needed',
      'type:ticket tags:"handoff_rule_refund handoff_needed" created>=2026-08-23',
    ],
    [
      'rule/refund/unneeded',
      'type:ticket tags:"handoff_rule_refund handoff_unneeded" created>=2026-08-23',
    ],
    [
      'rule/refund/week1',
      'type:ticket tags:handoff_rule_refund created>=2026-11-07 created<2026-11-14',
    ],
    [
      'rule/refund/week11',
      'type:ticket tags:handoff_rule_refund created>=2026-08-29 created<2026-09-05',
    ],
    ['rule/no-answer/days7', 'type:ticket tags:handoff_rule_no_answer created>=2026-11-14'],
    ['all/days30', 'type:ticket tags:handoff created>=2026-10-22'],
    ['all/needed', 'type:ticket tags:"handoff handoff_needed" created>=2026-08-23'],
    ['type/confidence', 'type:ticket tags:handoff_type_confidence created>=2026-08-23'],
  ])('asks for %s with %s', (key, query) => {
    expect(queryOf(DEFAULT_RULES, key)).toBe(query);
  });

  it('plans a disabled rule too, so its recent history shows', () => {
    expect(queryOf(DEFAULT_RULES, 'rule/urgent/days90')).toContain('tags:handoff_rule_urgent');
  });

  it.each([
    ['the first second of the day', '2026-11-20T00:00:00Z'],
    ['the last second of the day', '2026-11-20T23:59:59Z'],
  ])('counts whole UTC days: %s plans as any other moment of it', (_, moment) => {
    expect(planInsightQueries(DEFAULT_RULES, new Date(moment))).toEqual(
      planInsightQueries(DEFAULT_RULES, NOW),
    );
  });

  it('moves every window when the UTC day turns', () => {
    const next = planInsightQueries(DEFAULT_RULES, new Date('2026-11-21T00:00:00Z'));
    expect(next.find((entry) => entry.key === 'all/days7')?.query).toContain('created>=2026-11-15');
  });

  it('lays twelve adjoining weeks, the newest being the last 7 days', () => {
    const { weeks, windowStart } = insightCalendar(NOW);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ index: 0, start: windowStart[7], end: '2026-11-20' });
    weeks.slice(1).forEach((week, offset) => expect(week.before).toBe(weeks[offset]?.start));
  });

  it('refuses an invalid now, a programmer error', () => {
    expect(() => planInsightQueries(DEFAULT_RULES, new Date('not a date'))).toThrow(/valid `now`/);
  });
});
