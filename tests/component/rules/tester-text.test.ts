import { describe, expect, it } from 'vitest';
import {
  formatConversationText,
  parseConversationText,
} from '../../../src/ui/locations/nav-bar/rules/tester/conversation-text';
import { splitHighlights } from '../../../src/core/brief';
import {
  buildConversation,
  EMPTY_INPUT,
  readConfidence,
} from '../../../src/ui/locations/nav-bar/rules/tester/tester-input';

describe('parseConversationText', () => {
  it('reads one message per line, roles from prefixes, the customer by default', () => {
    expect(
      parseConversationText('hi\nBot: Hello!\n\n  customer:  I want a refund\nAgent: on it'),
    ).toEqual([
      { role: 'customer', text: 'hi' },
      { role: 'bot', text: 'Hello!' },
      { role: 'customer', text: ' I want a refund' },
      { role: 'agent', text: 'on it' },
    ]);
  });

  it('round-trips what it formats', () => {
    const messages = [
      { role: 'customer' as const, text: 'two\nlines' },
      { role: 'bot' as const, text: 'ok' },
    ];
    expect(parseConversationText(formatConversationText(messages))).toEqual([
      { role: 'customer', text: 'two lines' },
      { role: 'bot', text: 'ok' },
    ]);
  });
});

describe('the highlight the tester shares with the sidebar', () => {
  it.each([
    ['no spans', [], [{ text: 'a refund now', isHighlighted: false }]],
    [
      'one span',
      [{ start: 2, end: 8 }],
      [
        { text: 'a ', isHighlighted: false },
        { text: 'refund', isHighlighted: true },
        { text: ' now', isHighlighted: false },
      ],
    ],
    [
      'overlapping spans, merged and fired if either fired',
      [
        { start: 2, end: 8, alsoMatched: true },
        { start: 4, end: 12, alsoMatched: false },
      ],
      [
        { text: 'a ', isHighlighted: false },
        { text: 'refund now', isHighlighted: true },
      ],
    ],
    [
      'spans outside the text, clipped',
      [{ start: -3, end: 1, alsoMatched: true }],
      [
        { text: 'a', isHighlighted: true, alsoMatched: true },
        { text: ' refund now', isHighlighted: false },
      ],
    ],
  ] as const)('cuts the text with %s', (_, spans, expected) => {
    expect(splitHighlights('a refund now', spans)).toEqual(expected);
  });

  it('never cuts an emoji in two', () => {
    const text = 'refund 💸 now';
    // A span ending inside the surrogate pair of 💸 widens to the whole emoji.
    expect(splitHighlights(text, [{ start: 7, end: 8, alsoMatched: true }])).toEqual([
      { text: 'refund ', isHighlighted: false },
      { text: '💸', isHighlighted: true, alsoMatched: true },
      { text: ' now', isHighlighted: false },
    ]);
  });
});

describe('the tester form', () => {
  it.each([
    ['0.4', 0.4],
    ['0,4', 0.4],
    ['40%', 0.4],
    ['', undefined],
    ['1.4', undefined],
    ['abc', undefined],
  ])('reads the confidence %j as %s', (text, expected) => {
    expect(readConfidence(text)).toBe(expected);
  });

  it('uses a lone confidence as the answer confidence, and the intent’s otherwise', () => {
    expect(buildConversation({ ...EMPTY_INPUT, intentConfidence: '0.2' }).answerConfidence).toBe(
      0.2,
    );
    expect(
      buildConversation({ ...EMPTY_INPUT, intent: 'billing', intentConfidence: '0.2' }),
    ).toMatchObject({
      intent: { name: 'billing', confidence: 0.2 },
    });
  });
});
