import { describe, expect, it } from 'vitest';
import { toContextPackage } from '../../../src/core/bot';
import { parseContextPackage } from '../../../src/core/contract';
import type { Conversation, RuleMatch } from '../../../src/core/routing';
import { billing, handoffOf, meta } from './conversations';

describe('toContextPackage', () => {
  it('builds a package that parseContextPackage accepts without warnings', () => {
    const pkg = toContextPackage(billing, handoffOf(billing), meta);
    const parsed = parseContextPackage(JSON.stringify(pkg));
    expect(parsed).toEqual({ ok: true, value: pkg, warnings: [] });
  });

  it('carries the rule, the words and the message that fired it, and the bot intent', () => {
    const pkg = toContextPackage(billing, handoffOf(billing), meta);
    expect(pkg.trigger).toEqual({
      ruleId: 'refund',
      type: 'keyword',
      label: 'Refunds and billing disputes',
      matched: 'refund',
      messageIndex: 2,
    });
    expect(pkg.intent).toEqual({ name: 'billing.refund', confidence: 0.82 });
    expect(pkg.model).toBe('async');
    expect(pkg.transcript[1]).toEqual({
      at: '2026-11-20T10:30:04Z',
      role: 'bot',
      text: 'I can help with billing. Is it about an invoice?',
      kind: 'text',
    });
  });

  const base = { ruleId: 'r', type: 'customer', label: 'R' } as const;
  it.each<[string, RuleMatch, object]>([
    ['the button', { ...base, evidence: { kind: 'human_requested' } }, {}],
    [
      'an intent',
      { ...base, type: 'intent', evidence: { kind: 'intent', intent: 'a.b', confidence: 0.9 } },
      {},
    ],
    [
      'low confidence',
      {
        ...base,
        type: 'confidence',
        evidence: { kind: 'confidence', confidence: 0.4, threshold: 0.6 },
      },
      { confidence: 0.4, threshold: 0.6 },
    ],
  ])('writes the trigger of a rule fired by %s', (_, match, extra) => {
    const pkg = toContextPackage(billing, match, meta);
    expect(pkg.trigger).toEqual({ ruleId: 'r', type: match.type, label: 'R', ...extra });
    expect(parseContextPackage(pkg).ok).toBe(true);
  });

  it('gives a message without a usable time the next known time, or the handoff time', () => {
    const conversation: Conversation = {
      messages: [
        { role: 'customer', text: 'one' },
        { role: 'bot', text: 'two', at: 'yesterday' },
        { role: 'customer', text: 'three', at: '2026-11-20T10:31:00Z' },
        { role: 'customer', text: 'real person please' },
      ],
    };
    const pkg = toContextPackage(conversation, handoffOf(conversation), meta);
    expect(pkg.transcript.map((m) => m.at)).toEqual([
      '2026-11-20T10:31:00Z',
      '2026-11-20T10:31:00Z',
      '2026-11-20T10:31:00Z',
      '2026-11-20T10:32:11Z',
    ]);
    expect(parseContextPackage(pkg).ok).toBe(true);
  });

  it('leaves out what the bot does not know', () => {
    const pkg = toContextPackage(
      { messages: [], humanRequested: true },
      handoffOf({ messages: [], humanRequested: true }),
      {
        conversationId: 'c1',
        handedOffAt: '2026-11-20T10:32:11+01:00',
      },
    );
    expect(Object.keys(pkg).sort()).toEqual(
      ['conversationId', 'handedOffAt', 'model', 'schema', 'transcript', 'trigger'].sort(),
    );
  });

  it.each([
    ['a blank conversation id', { ...meta, conversationId: ' ' }, /conversationId/],
    ['a handoff time without a zone', { ...meta, handedOffAt: '2026-11-20 10:32' }, /handedOffAt/],
  ])('throws on %s, a programming error', (_, badMeta, message) => {
    expect(() => toContextPackage(billing, handoffOf(billing), badMeta)).toThrow(message);
  });
});
