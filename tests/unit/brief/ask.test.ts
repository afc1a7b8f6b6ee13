import { describe, expect, it } from 'vitest';
import { buildBrief, countWords, WORD_MAXIMUMS } from '../../../src/core/brief';
import type { Trigger } from '../../../src/core/contract';
import { botSays, customerSays, packageWith } from './packages';

const refund: Trigger = { ruleId: 'refund', type: 'keyword', label: 'Refunds', matched: 'refund' };
const transcript = [
  customerSays('I need a refund please', '2026-11-20T10:30:00Z'),
  botSays('Which order?', 'text', '2026-11-20T10:30:05Z'),
  customerSays('Order 42, and hurry', '2026-11-20T10:31:00Z'),
];
const ask = (trigger: Trigger, messages = transcript) =>
  buildBrief(packageWith({ trigger, transcript: messages })).ask;

describe('what the customer asked', () => {
  it('gives the firing message, highlighted, and then the latest customer message', () => {
    expect(
      ask({ ...refund, messageIndex: 0 }).map((item) => [
        item.index,
        item.at,
        item.text.text,
        item.text.highlights,
        item.isFiring,
        item.isLatest,
      ]),
    ).toEqual([
      [0, '2026-11-20T10:30:00Z', 'I need a refund please', [{ start: 9, end: 15 }], true, false],
      [2, '2026-11-20T10:31:00Z', 'Order 42, and hurry', [], false, true],
    ]);
  });

  it('gives the latest message once when it is the firing message', () => {
    const items = ask({ ...refund, matched: 'hurry', messageIndex: 2 });
    expect(items.map((item) => [item.index, item.isFiring, item.isLatest])).toEqual([
      [2, true, true],
    ]);
  });

  it('gives only the latest customer message when nothing names the firing message', () => {
    const items = ask({ ruleId: 'low', type: 'confidence', confidence: 0.2, threshold: 0.6 });
    expect(items.map((item) => [item.index, item.isFiring, item.isLatest])).toEqual([
      [2, false, true],
    ]);
  });

  it.each([
    ['matched words not in the message', { ...refund, matched: 'chargeback', messageIndex: 0 }],
    ['no matched words', { ruleId: 'human', type: 'customer', messageIndex: 0 } as const],
  ])('shows the firing message without a highlight for %s', (_, trigger) => {
    const [firing] = ask(trigger);
    expect([firing?.isFiring, firing?.text.highlights]).toEqual([true, []]);
  });

  it('skips blank customer messages when looking for the latest', () => {
    const low: Trigger = { ruleId: 'low', type: 'confidence', confidence: 0.2, threshold: 0.6 };
    const items = ask(low, [...transcript, customerSays('   ')]);
    expect(items.map((item) => item.index)).toEqual([2]);
  });

  it('finds the firing message by its matched words when the package names no index', () => {
    const items = ask(refund);
    expect(items.map((item) => [item.index, item.isFiring, item.text.highlights])).toEqual([
      [0, true, [{ start: 9, end: 15 }]],
      [2, false, []],
    ]);
  });

  it('does not take a message written after the handoff as the firing one', () => {
    const after = customerSays('refund me now', '2026-11-21T10:00:00Z');
    const items = ask(refund, [...transcript, after]);
    expect(items.find((item) => item.isFiring)?.index).toBe(0);
  });

  it('keeps the matched words of a long firing message in view, highlighted', () => {
    const long = `${'blah '.repeat(5_000)}so I want a Refund today ${'etc '.repeat(5_000)}`;
    const [firing] = ask({ ...refund, messageIndex: 0 }, [customerSays(long)]);
    const text = firing?.text.text ?? '';
    const [mark] = firing?.text.highlights ?? [];
    expect(mark && text.slice(mark.start, mark.end)).toBe('Refund');
    expect(countWords(text)).toBeLessThanOrEqual(WORD_MAXIMUMS.askFiring + WORD_MAXIMUMS.askLatest);
    expect(firing?.text.full).toBe(long);
  });
});
