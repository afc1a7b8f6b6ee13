import { describe, expect, it } from 'vitest';
import {
  conversationFromPackage,
  tallyBackTest,
  type BackTestTicket,
} from '../../../src/core/insights';
import type { PartialContextPackage } from '../../../src/core/contract';
import { doubt, human, legal, refund, ruleSet } from '../rule-revisions/fixtures';

const say = (text: string) => ({ role: 'customer' as const, text });

describe('conversationFromPackage', () => {
  const base: PartialContextPackage = {
    transcript: [say('hello'), { role: 'bot', text: 'Hi!', at: '2026-11-20T10:30:04Z' }],
  };

  it('replays the transcript with roles and times', () => {
    expect(conversationFromPackage(base).messages).toEqual([
      { role: 'customer', text: 'hello' },
      { role: 'bot', text: 'Hi!', at: '2026-11-20T10:30:04Z' },
    ]);
  });

  it.each([
    ['a customer trigger without words', { ruleId: 'human', type: 'customer' as const }, true],
    [
      'a customer trigger with words',
      { ruleId: 'human', type: 'customer' as const, matched: 'real person' },
      undefined,
    ],
    [
      'a keyword trigger',
      { ruleId: 'refund', type: 'keyword' as const, matched: 'refund' },
      undefined,
    ],
  ])('reads humanRequested from %s', (_, trigger, expected) => {
    expect(conversationFromPackage({ ...base, trigger }).humanRequested).toBe(expected);
  });

  it('carries the intent and, for a confidence trigger, the answer confidence', () => {
    const conversation = conversationFromPackage({
      ...base,
      intent: { name: 'billing.refund', confidence: 0.82 },
      trigger: { ruleId: 'no-answer', type: 'confidence', confidence: 0.41, threshold: 0.6 },
    });
    expect(conversation).toMatchObject({
      intent: { name: 'billing.refund', confidence: 0.82 },
      answerConfidence: 0.41,
    });
  });

  it('drops an intent without a confidence rather than inventing one', () => {
    expect(conversationFromPackage({ ...base, intent: { name: 'x' } }).intent).toBeUndefined();
  });
});

describe('tallyBackTest', () => {
  const ticket = (id: number, then: string | undefined, ...texts: string[]): BackTestTicket => ({
    id,
    subject: `Ticket ${id}`,
    ...(then === undefined ? {} : { firedThen: { ruleId: then } }),
    conversation: { messages: texts.map(say) },
  });
  const draft = ruleSet(3, [legal, refund, doubt]);
  const report = tallyBackTest(draft, [
    ticket(1, 'refund', 'I want a refund'),
    ticket(2, 'refund', 'my lawyer wants a refund'),
    ticket(3, 'human', 'get me a real person'),
    ticket(4, 'no_answer', 'it broke'),
    { id: 5, firedThen: { ruleId: 'refund' } },
  ]);
  const row = (id: string) => report.rows.find((r) => r.ruleId === id);

  it('counts, per rule, what fired then beside what would fire now', () => {
    expect(row('refund')).toMatchObject({ then: 2, now: 1, inDraft: true });
    expect(row('legal')).toMatchObject({ then: 0, now: 1, inDraft: true });
    expect(row('human')).toMatchObject({ then: 1, now: 0, inDraft: false });
  });

  it('matches a rule tag from then to the rule id now (no_answer is no-answer)', () => {
    expect(row('no-answer')).toMatchObject({ then: 1, now: 0 });
    expect(report.rows.filter((r) => r.key === 'handoff_rule_no_answer')).toHaveLength(1);
  });

  it('lists the tickets whose outcome changes, and skips those with nothing to replay', () => {
    expect(report.changed).toEqual([
      { id: 2, subject: 'Ticket 2', then: 'refund', now: 'legal' },
      { id: 3, subject: 'Ticket 3', then: 'human' },
      { id: 4, subject: 'Ticket 4', then: 'no_answer' },
    ]);
    expect(report).toMatchObject({ replayed: 4, skipped: 1, noHandoffNow: 2 });
  });

  it('reports nothing changed when the draft is the rule set that fired', () => {
    const same = tallyBackTest(ruleSet(1, [human, refund]), [
      ticket(1, 'refund', 'refund please'),
      ticket(2, 'human', 'a real person please'),
    ]);
    expect(same.changed).toEqual([]);
  });
});
