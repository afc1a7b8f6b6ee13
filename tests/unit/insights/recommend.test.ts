import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type RuleSet } from '../../../src/core/routing';
import {
  computeInsights,
  recommend,
  recordWindows,
  type HandoffRecord,
  type Recommendation,
} from '../../../src/core/insights';
import { NO_ANSWER, NOW, REFUND, TWO_RULES, handoff, handoffs, pkg } from './fixtures';

function advice(records: readonly HandoffRecord[], ruleSet: RuleSet = TWO_RULES, missing = false) {
  const input = {
    ruleSet,
    now: NOW,
    records,
    missing: missing ? recordWindows(NOW).slice(0, 1) : [],
    intentsRead: true,
  };
  return recommend(computeInsights(input), input);
}

const codes = (list: readonly Recommendation[]) => list.map((entry) => entry.code);

/** A judged confidence-fallback handoff the bot was `confidence` sure about. */
const doubt = (confidence: number, verdict: 'needed' | 'unneeded') =>
  handoff(
    3,
    [...NO_ANSWER, `handoff_${verdict}`],
    pkg({ ruleId: 'no-answer', type: 'confidence', confidence, threshold: 0.6 }),
  );

/** A judged refund handoff fired by `matched`. */
const phrase = (matched: string, verdict: 'needed' | 'unneeded') =>
  handoff(
    3,
    [...REFUND, `handoff_${verdict}`],
    pkg({ ruleId: 'refund', type: 'keyword', matched }),
  );

/** Enough healthy, judged handoffs of both rules that nothing else is advised. */
const HEALTHY = [
  ...handoffs(12, 2, [...REFUND, 'handoff_needed']),
  ...handoffs(12, 2, [...NO_ANSWER, 'handoff_needed']),
];

describe('recommend', () => {
  it('advises nothing for a narrow set with good precision and a closed verdict loop', () => {
    expect(advice(HEALTHY)).toEqual([]);
  });

  it('names the threshold that avoids the unneeded fallback handoffs, with the numbers', () => {
    const records = [
      ...HEALTHY.filter((r) => r.tags.includes('handoff_rule_refund')),
      ...Array.from({ length: 8 }, () => doubt(0.52, 'unneeded')),
      ...Array.from({ length: 4 }, () => doubt(0.5, 'unneeded')),
      ...Array.from({ length: 6 }, () => doubt(0.2, 'needed')),
      doubt(0.55, 'needed'),
    ];
    const [first] = advice(records);
    expect(first).toEqual({
      code: 'lower_threshold',
      params: expect.objectContaining({
        ruleId: 'no-answer',
        below: 0.6,
        target: 0.5,
        avoided: 12,
        lost: 1,
        unneeded: 12,
        judged: 19,
      }) as unknown,
    });
  });

  it('names the phrase behind most of a keyword rule’s unneeded handoffs', () => {
    const records = [
      ...HEALTHY.filter((r) => r.tags.includes('handoff_rule_no_answer')),
      ...Array.from({ length: 9 }, () => phrase('refund status', 'unneeded')),
      ...Array.from({ length: 2 }, () => phrase('refund', 'unneeded')),
      ...Array.from({ length: 3 }, () => phrase('refund', 'needed')),
    ];
    expect(advice(records)[0]).toEqual({
      code: 'narrow_phrase',
      params: expect.objectContaining({
        phrase: 'refund status',
        phraseUnneeded: 9,
        phraseNeeded: 0,
      }) as unknown,
    });
  });

  it('still flags a rule with low precision when no one change stands out', () => {
    const records = [
      ...HEALTHY.filter((r) => r.tags.includes('handoff_rule_no_answer')),
      ...handoffs(8, 3, [...REFUND, 'handoff_unneeded']),
      ...handoffs(3, 3, [...REFUND, 'handoff_needed']),
    ];
    expect(codes(advice(records))).toEqual(['narrow_rule']);
  });

  it('suggests covering an intent that keeps falling through the fallback', () => {
    const lost = Array.from({ length: 11 }, () =>
      handoff(
        4,
        NO_ANSWER,
        pkg(
          { ruleId: 'no-answer', type: 'confidence', confidence: 0.3 },
          { name: 'billing.vat_number' },
        ),
      ),
    );
    const found = advice([...HEALTHY, ...lost]);
    expect(found).toContainEqual({
      code: 'cover_intent',
      params: { intent: 'billing.vat_number', count: 11, sharePercent: 100, considered: 11 },
    });
  });

  it('suggests removing an enabled rule that has not fired in 90 days', () => {
    expect(codes(advice(handoffs(12, 2, [...REFUND, 'handoff_needed'])))).toContain(
      'consider_removing_rule',
    );
  });

  it('asks for more verdicts when agents judge few handoffs, and to start narrow past five rules', () => {
    const wide: RuleSet = {
      ...DEFAULT_RULES,
      rules: DEFAULT_RULES.rules.map((rule) => ({ ...rule, enabled: true })),
    };
    const found = codes(advice(handoffs(30, 2, REFUND), wide));
    expect(found).toContain('judge_more_handoffs');
    expect(found).toContain('start_narrow');
  });

  it('rests on no figure that could not be read', () => {
    expect(codes(advice(handoffs(30, 2, REFUND), TWO_RULES, true))).not.toContain(
      'judge_more_handoffs',
    );
  });
});
