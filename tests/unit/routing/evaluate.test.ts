import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  evaluate,
  findPhraseSpan,
  type Conversation,
  type RuleSet,
} from '../../../src/core/routing';

const customer = (...texts: string[]): Conversation => ({
  messages: texts.map((text) => ({ role: 'customer', text })),
});

function rules(...phrases: string[]): RuleSet {
  return {
    schema: 'handoff-rules/v1',
    revision: 1,
    rules: [{ id: 'r', type: 'keyword', label: 'R', enabled: true, phrases }],
  };
}

describe('phrase matching', () => {
  it.each([
    ['matches regardless of case', 'REFUND', 'I want a Refund now', 'Refund'],
    ['ignores accents', 'remboursement', 'Je veux un Rémboursement', 'Rémboursement'],
    ['ignores accents written as combining marks', 'cafe', 'un cafe\u0301 froid', 'cafe\u0301'],
    ['folds compatibility forms', 'file', 'the ﬁle is gone', 'ﬁle'],
    ['stops at punctuation', 'refund', '(refund!)', 'refund'],
    [
      'matches multi-word phrases across extra spaces',
      'money back',
      'I want my money   back.',
      'money   back',
    ],
    ['matches prefixes with a trailing star', 'refund*', 'was it refunded yet?', 'refunded'],
    ['matches Cyrillic', 'возврат', 'Хочу ВОЗВРАТ денег', 'ВОЗВРАТ'],
    ['matches Greek with tonos', 'επιστροφη', 'θέλω επιστροφή χρημάτων', 'επιστροφή'],
    ['matches Arabic', 'استرداد', 'أريد استرداد المبلغ', 'استرداد'],
    ['matches Japanese without spaces', '返金', '先月の返金をお願いします', '返金'],
    ['matches German sharp s', 'strasse', 'in der Straße', 'Straße'],
  ])('%s', (_, phrase, text, matched) => {
    const span = findPhraseSpan(text, phrase);
    expect(span === undefined ? undefined : text.slice(span.start, span.end)).toBe(matched);
  });

  it.each([
    ['part of a longer word', 'refund', 'this is refundable'],
    ['a word that merely contains the prefix', 'refund*', 'prefunded accounts'],
    ['the words of a phrase out of order', 'money back', 'back to the money'],
    ['a phrase with another word in between', 'money back', 'money comes back'],
  ])('does not match %s', (_, phrase, text) => {
    expect(findPhraseSpan(text, phrase)).toBeUndefined();
  });
});

describe('evaluate', () => {
  it('fires the keyword rule on "Refund" regardless of case, with its evidence', () => {
    const decision = evaluate(DEFAULT_RULES, customer('hello', 'I need a REFUND for March'));
    expect(decision.handoff).toBe(true);
    expect(decision.fired).toMatchObject({
      ruleId: 'refund',
      type: 'keyword',
      evidence: { kind: 'phrase', matched: 'REFUND', messageIndex: 1, span: { start: 9, end: 15 } },
    });
  });

  it('ignores what the bot said', () => {
    const decision = evaluate(DEFAULT_RULES, {
      messages: [
        { role: 'bot', text: 'You can ask for a refund in Settings' },
        { role: 'customer', text: 'thanks, that worked' },
      ],
    });
    expect(decision).toEqual({ handoff: false, alsoMatched: [] });
  });

  it('fires the first rule in priority order and lists the others', () => {
    const decision = evaluate(
      DEFAULT_RULES,
      customer('I want a refund or I will call my lawyer. Real person please'),
    );
    expect(decision.fired?.ruleId).toBe('human');
    expect(decision.alsoMatched.map((m) => m.ruleId)).toEqual(['refund', 'legal']);
  });

  it('reports the earliest message that matched a rule', () => {
    const decision = evaluate(DEFAULT_RULES, customer('chargeback incoming', 'refund me'));
    expect(decision.fired?.evidence).toMatchObject({ messageIndex: 0, matched: 'chargeback' });
  });

  it('never fires a disabled rule', () => {
    expect(evaluate(DEFAULT_RULES, customer('this is urgent')).handoff).toBe(false);
  });

  it('fires the customer rule on the "talk to a human" button without any words', () => {
    const decision = evaluate(DEFAULT_RULES, { ...customer('hmm'), humanRequested: true });
    expect(decision.fired).toMatchObject({
      ruleId: 'human',
      evidence: { kind: 'human_requested' },
    });
  });

  it('fires the confidence fallback below the threshold only', () => {
    expect(
      evaluate(DEFAULT_RULES, { ...customer('where is my parcel'), answerConfidence: 0.41 }).fired,
    ).toMatchObject({
      ruleId: 'no-answer',
      evidence: { kind: 'confidence', confidence: 0.41, threshold: 0.6 },
    });
    expect(
      evaluate(DEFAULT_RULES, { ...customer('where is my parcel'), answerConfidence: 0.6 }).handoff,
    ).toBe(false);
  });

  it('uses the intent confidence when the answer confidence is absent', () => {
    const decision = evaluate(DEFAULT_RULES, {
      ...customer('??'),
      intent: { name: 'shipping.where', confidence: 0.3 },
    });
    expect(decision.fired?.ruleId).toBe('no-answer');
  });

  it('fires intent rules on the named intents and respects their minimum confidence', () => {
    const set: RuleSet = {
      schema: 'handoff-rules/v1',
      revision: 1,
      rules: [
        {
          id: 'access',
          type: 'intent',
          label: 'Access',
          enabled: true,
          intents: ['account.locked'],
          minConfidence: 0.5,
        },
      ],
    };
    expect(
      evaluate(set, { messages: [], intent: { name: 'account.locked', confidence: 0.9 } }).fired
        ?.evidence,
    ).toEqual({
      kind: 'intent',
      intent: 'account.locked',
      confidence: 0.9,
    });
    expect(
      evaluate(set, { messages: [], intent: { name: 'account.locked', confidence: 0.2 } }).handoff,
    ).toBe(false);
    expect(
      evaluate(set, { messages: [], intent: { name: 'billing', confidence: 0.9 } }).handoff,
    ).toBe(false);
  });

  it('maps spans back to the original text when folding changes lengths', () => {
    const text = 'Ça ne marche pas: REMBOURSEMENT svp';
    const decision = evaluate(rules('remboursement'), customer(text));
    const evidence = decision.fired?.evidence;
    expect(evidence?.kind === 'phrase' && text.slice(evidence.span.start, evidence.span.end)).toBe(
      'REMBOURSEMENT',
    );
  });

  it('gives the same decision for the same input', () => {
    const conversation = customer('refund and lawyer');
    expect(evaluate(DEFAULT_RULES, conversation)).toEqual(evaluate(DEFAULT_RULES, conversation));
  });
});
