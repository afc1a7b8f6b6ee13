import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type Rule, type RuleSet } from '../../../src/core/routing';
import {
  computeInsights,
  recommend,
  type FallThroughTally,
  type Recommendation,
} from '../../../src/core/stats';
import { answeredCounts, NOW, TWO_RULES, withoutKeys } from './fixtures';

const HEALTHY = {
  'all/days90': 200,
  'all/needed': 100,
  'all/unneeded': 20,
  'rule/refund/days90': 60,
  'rule/refund/needed': 30,
  'rule/refund/unneeded': 6,
  'rule/no-answer/days90': 110,
  'rule/no-answer/needed': 40,
  'rule/no-answer/unneeded': 10,
};

function advice(
  given: Record<string, number>,
  options: { ruleSet?: RuleSet; intents?: FallThroughTally; drop?: string[] } = {},
): Recommendation[] {
  const ruleSet = options.ruleSet ?? TWO_RULES;
  const counts = withoutKeys(
    answeredCounts(ruleSet, { ...HEALTHY, ...given }),
    ...(options.drop ?? []),
  );
  return recommend(computeInsights(ruleSet, counts, NOW), ruleSet, options.intents);
}

const codes = (list: readonly Recommendation[]) => list.map((entry) => entry.code);

function intents(...counts: [string, number][]): FallThroughTally {
  const considered = 100;
  return {
    intents: counts.map(([name, count]) => ({
      name,
      count,
      share: count / considered,
      averageConfidence: 0.4,
      lastSeen: '2026-11-19T10:00:00Z',
    })),
    read: considered,
    considered,
    withoutIntent: 0,
    unreadable: 0,
    otherTrigger: 0,
  };
}

describe('recommend', () => {
  it('advises nothing for a narrow set with good precision and a closed verdict loop', () => {
    expect(advice({})).toEqual([]);
  });

  it('advises narrowing a rule whose verdicts say it is mostly unneeded, with its numbers', () => {
    expect(advice({ 'rule/no-answer/needed': 12, 'rule/no-answer/unneeded': 28 })).toEqual([
      {
        code: 'narrow_rule',
        params: {
          ruleId: 'no-answer',
          label: 'No answer',
          precisionPercent: 30,
          needed: 12,
          unneeded: 28,
          judged: 40,
        },
      },
    ]);
  });

  it.each([
    ['too few verdicts to trust', { 'rule/no-answer/needed': 2, 'rule/no-answer/unneeded': 7 }, []],
    ['a missing verdict count', { 'rule/no-answer/needed': 2 }, ['rule/no-answer/unneeded']],
  ])('does not judge precision on %s', (_, given, drop) => {
    expect(codes(advice(given, { drop }))).not.toContain('narrow_rule');
  });

  it('advises covering the intents that keep falling through, at most three', () => {
    const found = advice(
      {},
      {
        intents: intents(
          ['billing.invoice_copy', 34],
          ['account.password_reset', 17],
          ['shipping.track_order', 15],
          ['product.feature_question', 12],
          ['billing.plan_change', 9],
        ),
      },
    );
    expect(found.filter((entry) => entry.code === 'cover_intent').map((e) => e.params)).toEqual([
      { intent: 'billing.invoice_copy', count: 34, sharePercent: 34, considered: 100 },
      { intent: 'account.password_reset', count: 17, sharePercent: 17, considered: 100 },
      { intent: 'shipping.track_order', count: 15, sharePercent: 15, considered: 100 },
    ]);
  });

  it('advises considering removal of an enabled rule that never fired in 90 days', () => {
    expect(advice({ 'rule/refund/days90': 0 })).toContainEqual({
      code: 'consider_removing_rule',
      params: { ruleId: 'refund', label: 'Refunds', days: 90, hits: 0 },
    });
  });

  it('does not call a rule silent when its count is missing', () => {
    expect(codes(advice({}, { drop: ['rule/refund/days90'] }))).toEqual([]);
  });

  it('leaves disabled rules out of rule advice', () => {
    const ruleSet: RuleSet = {
      ...TWO_RULES,
      rules: TWO_RULES.rules.map((rule): Rule => ({ ...rule, enabled: rule.id !== 'refund' })),
    };
    expect(codes(advice({ 'rule/refund/days90': 0 }, { ruleSet }))).toEqual([]);
  });

  it('advises starting narrow past five enabled rules', () => {
    const six: RuleSet = {
      ...DEFAULT_RULES,
      rules: DEFAULT_RULES.rules.map((rule) => ({ ...rule, enabled: true })),
    };
    expect(advice({}, { ruleSet: six })).toContainEqual({
      code: 'start_narrow',
      params: { enabled: 6, limit: 5 },
    });
  });

  it('advises judging more handoffs when few are judged', () => {
    expect(advice({ 'all/needed': 20, 'all/unneeded': 10 })).toEqual([
      { code: 'judge_more_handoffs', params: { judged: 30, handoffs: 200, judgedPercent: 15 } },
    ]);
  });
});
