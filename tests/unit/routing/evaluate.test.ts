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
    ['matches Greek final sigma as sigma', 'ΟΔΟΣ', 'στην οδός Ερμού', 'οδός'],
    ['matches Turkish dotted capital I', 'İADE', 'iade istiyorum', 'iade'],
    ['matches full-width Latin', 'ｒｅｆｕｎｄ', 'a refund please', 'refund'],
    ['matches Hebrew', 'החזר', 'אני רוצה החזר כספי', 'החזר'],
    ['ignores Hebrew points', 'שלום', 'שָׁלוֹם לכם', 'שָׁלוֹם'],
    ['ignores Arabic harakat', 'استرداد', 'أريد اِسْتِرْدَاد المبلغ', 'اِسْتِرْدَاد'],
    ['ignores the Arabic tatweel', 'استرداد', 'أريد استــرداد', 'استــرداد'],
    ['matches Chinese without spaces', '退款', '我想要退款，谢谢', '退款'],
    ['matches Korean word prefixes', '환불*', '환불을 원해요', '환불을'],
    ['matches Thai without spaces', 'คืนเงิน', 'ฉันอยากได้คืนเงินค่ะ', 'คืนเงิน'],
    ['keeps Devanagari vowel signs inside the word', 'वापसी', 'मुझे वापसी चाहिए', 'वापसी'],
    ['reads a soft hyphen as part of the word', 'refund', 'a re\u00adfund', 're\u00adfund'],
    ['reads a zero-width space as a word break', 'refund', 'my\u200brefund', 'refund'],
    ['stops at emoji', 'refund', '💸refund💸', 'refund'],
    ['matches digits as words', 'error 404', 'Error-404 again', 'Error-404'],
    ['matches apostrophes of either shape', "can't log in", 'I can’t log in', 'can’t log in'],
    [
      'matches a prefix as the last word of a phrase',
      'money ba*',
      'money backwards',
      'money backwards',
    ],
    ['matches the prefix itself as a word', 'refund*', 'refund', 'refund'],
  ])('%s', (_, phrase, text, matched) => {
    const span = findPhraseSpan(text, phrase);
    expect(span === undefined ? undefined : text.slice(span.start, span.end)).toBe(matched);
  });

  it.each([
    ['part of a longer word', 'refund', 'this is refundable'],
    ['a word that merely contains the prefix', 'refund*', 'prefunded accounts'],
    ['the words of a phrase out of order', 'money back', 'back to the money'],
    ['a phrase with another word in between', 'money back', 'money comes back'],
    ['a word shorter than the prefix', 'refund*', 'refun'],
    ['a Thai word that differs only in a vowel sign', 'คืน', 'คนนี้'],
    ['a phrase cut by a word of another script', '退款', '退x款'],
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

  it.each(['bot', 'agent', 'system'] as const)('ignores what the %s said', (role) => {
    const decision = evaluate(DEFAULT_RULES, {
      messages: [
        { role, text: 'You can ask for a refund or talk to a human in Settings' },
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

  it('gives the button as the evidence even when the customer also typed the words', () => {
    const decision = evaluate(DEFAULT_RULES, {
      ...customer('real person please'),
      humanRequested: true,
    });
    expect(decision.fired?.evidence).toEqual({ kind: 'human_requested' });
  });

  it('fires only customer rules on the button', () => {
    const decision = evaluate(rules('refund'), { ...customer('hmm'), humanRequested: true });
    expect(decision.handoff).toBe(false);
  });

  it('orders by rule priority, not by the message that matched first', () => {
    const decision = evaluate(DEFAULT_RULES, customer('refund please', 'let me speak to someone'));
    expect(decision.fired?.evidence).toMatchObject({
      matched: 'speak to someone',
      messageIndex: 1,
    });
    expect(decision.alsoMatched).toEqual([
      {
        ruleId: 'refund',
        type: 'keyword',
        label: 'Refunds and billing disputes',
        evidence: {
          kind: 'phrase',
          phrase: 'refund*',
          matched: 'refund',
          messageIndex: 0,
          span: { start: 0, end: 6 },
        },
      },
    ]);
  });

  it.each([
    ['fires below the threshold', { answerConfidence: 0.41 }, 0.41],
    ['does not fire at the threshold', { answerConfidence: 0.6 }, undefined],
    ['uses the intent confidence when the answer confidence is absent', { intent: 0.3 }, 0.3],
    [
      'prefers the answer confidence to the intent confidence',
      { answerConfidence: 0.9, intent: 0.3 },
      undefined,
    ],
    [
      'falls back to the intent when the answer confidence is out of range',
      { answerConfidence: 1.5, intent: 0.3 },
      0.3,
    ],
    ['ignores a confidence that is not a number', { answerConfidence: Number.NaN }, undefined],
    ['does not fire without any confidence', {}, undefined],
  ] as const)('the confidence fallback %s', (_, given, fired) => {
    const conversation: Conversation = {
      ...customer('where is my parcel'),
      ...('answerConfidence' in given ? { answerConfidence: given.answerConfidence } : {}),
      ...('intent' in given
        ? { intent: { name: 'shipping.where', confidence: given.intent } }
        : {}),
    };
    const decision = evaluate(DEFAULT_RULES, conversation);
    expect(decision.fired?.evidence).toEqual(
      fired === undefined ? undefined : { kind: 'confidence', confidence: fired, threshold: 0.6 },
    );
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

  it('fires an intent rule without a minimum at any confidence', () => {
    const set: RuleSet = {
      schema: 'handoff-rules/v1',
      revision: 1,
      rules: [{ id: 'a', type: 'intent', label: 'A', enabled: true, intents: ['account.2fa'] }],
    };
    const decision = evaluate(set, {
      messages: [],
      intent: { name: 'account.2fa', confidence: 0 },
    });
    expect(decision.fired?.ruleId).toBe('a');
  });

  it('never throws on loosely typed conversations from plain JavaScript', () => {
    const loose = [
      { messages: 'hello' },
      { messages: [null, { role: 'customer' }, { role: 'customer', text: 42 }] },
      { messages: [], intent: { name: 3, confidence: 'high' }, answerConfidence: '0.1' },
    ] as unknown as Conversation[];
    for (const conversation of loose)
      expect(evaluate(DEFAULT_RULES, conversation)).toEqual({ handoff: false, alsoMatched: [] });
  });

  it.each([
    ['a megabyte of near-matches', 'refun '.repeat(170_000), 'refund'],
    ['a one-word megabyte', 'a'.repeat(1_000_000), 'refund'],
    ['a megabyte of Thai', 'คนเงิน'.repeat(170_000), 'คืนเงิน'],
  ])('still finds the match after %s', (_, filler, last) => {
    const text = `${filler} ${last}`;
    const set = rules('refund*', 'aab*', 'คืนเงิน', 'refun refun x');
    const evidence = evaluate(set, customer(text)).fired?.evidence;
    expect(evidence?.kind === 'phrase' && evidence.span).toEqual({
      start: text.length - last.length,
      end: text.length,
    });
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
