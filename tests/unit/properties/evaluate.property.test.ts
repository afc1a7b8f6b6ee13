import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_ROLES } from '../../../src/core/contract';
import {
  DEFAULT_RULES,
  evaluate,
  parseRuleSet,
  type Conversation,
  type RuleSet,
} from '../../../src/core/routing';
import { anyInput, naiveMatches, naiveWords, phraseArb, textArb } from './arbitraries';

const ruleSetArb: fc.Arbitrary<RuleSet> = fc
  .array(fc.array(phraseArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
  .map((lists) => ({
    schema: 'handoff-rules/v1',
    revision: 0,
    rules: lists.map((phrases, i) => ({
      id: `r${i}`,
      type: i % 2 === 0 ? 'keyword' : 'customer',
      label: `R${i}`,
      enabled: true,
      phrases,
    })),
  }));

const conversationArb: fc.Arbitrary<Conversation> = fc.record({
  messages: fc.array(fc.record({ role: fc.constantFrom(...MESSAGE_ROLES), text: textArb }), {
    maxLength: 5,
  }),
});

/** Rule sets as parseRuleSet yields them from anything: mostly refusals, some odd valid sets. */
const parsedRuleSetArb = anyInput(DEFAULT_RULES)
  .map((input) => parseRuleSet(input))
  .filter((result) => result.ok)
  .map((result) => (result.ok ? result.value : DEFAULT_RULES));

describe('evaluate', () => {
  it('never throws on any conversation, typed or not, with any parsed rule set', () => {
    fc.assert(
      fc.property(
        fc.oneof(parsedRuleSetArb, fc.constant(DEFAULT_RULES), ruleSetArb),
        fc.oneof(conversationArb, fc.anything() as fc.Arbitrary<Conversation>),
        (rules, conversation) => {
          evaluate(rules, conversation);
        },
      ),
    );
  });

  it('gives the same decision twice, and for a fresh copy of the rules', () => {
    fc.assert(
      fc.property(ruleSetArb, conversationArb, (rules, conversation) => {
        const first = evaluate(rules, conversation);
        expect(evaluate(rules, conversation)).toEqual(first);
        expect(evaluate(structuredClone(rules), conversation)).toEqual(first);
      }),
    );
  });

  it('decides each of many conversations on one rule set as a freshly compiled set does', () => {
    // The compiled set keeps its search counts between conversations: nothing may carry over.
    fc.assert(
      fc.property(ruleSetArb, fc.array(conversationArb, { maxLength: 8 }), (rules, many) => {
        for (const conversation of many)
          expect(evaluate(rules, conversation)).toEqual(
            evaluate(structuredClone(rules), conversation),
          );
      }),
    );
  });

  it('agrees with a naive word-by-word matcher on which rules match, where and on what words', () => {
    fc.assert(
      fc.property(ruleSetArb, conversationArb, (rules, conversation) => {
        const decision = evaluate(rules, conversation);
        const matches = decision.handoff ? [decision.fired, ...decision.alsoMatched] : [];
        const expected = rules.rules.flatMap((rule) => {
          if (rule.type !== 'keyword' && rule.type !== 'customer') return [];
          const first = conversation.messages.findIndex(
            (m) => m.role === 'customer' && rule.phrases.some((p) => naiveMatches(p, m.text)),
          );
          return first < 0 ? [] : [{ ruleId: rule.id, messageIndex: first }];
        });
        expect(
          matches.map((m) => ({
            ruleId: m.ruleId,
            messageIndex: 'messageIndex' in m.evidence ? m.evidence.messageIndex : -1,
          })),
        ).toEqual(expected);
        for (const { evidence } of matches) {
          if (evidence.kind !== 'phrase') throw new Error('only phrase rules here');
          const text = conversation.messages[evidence.messageIndex]?.text ?? '';
          expect(text.slice(evidence.span.start, evidence.span.end)).toBe(evidence.matched);
          expect(naiveMatches(evidence.phrase, evidence.matched)).toBe(true);
          expect(naiveWords(evidence.matched).length).toBe(naiveWords(evidence.phrase).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
