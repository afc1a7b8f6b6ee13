import { describe, expect, it } from 'vitest';
import {
  formatConversationText,
  parseConversationText,
} from '../../../src/ui/locations/nav-bar/rules/tester/conversation-text';
import { highlightSegments } from '../../../src/ui/locations/nav-bar/rules/tester/highlight-segments';
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

describe('highlightSegments', () => {
  it.each([
    ['no spans', [], [{ kind: 'text', text: 'a refund now' }]],
    [
      'one span',
      [{ start: 2, end: 8, fired: true }],
      [
        { kind: 'text', text: 'a ' },
        { kind: 'mark', text: 'refund', fired: true },
        { kind: 'text', text: ' now' },
      ],
    ],
    [
      'overlapping spans, merged and fired if either fired',
      [
        { start: 2, end: 8, fired: false },
        { start: 4, end: 12, fired: true },
      ],
      [
        { kind: 'text', text: 'a ' },
        { kind: 'mark', text: 'refund now', fired: true },
      ],
    ],
    [
      'spans outside the text, clipped',
      [{ start: -3, end: 1, fired: false }],
      [
        { kind: 'mark', text: 'a', fired: false },
        { kind: 'text', text: ' refund now' },
      ],
    ],
  ] as const)('cuts the text with %s', (_, spans, expected) => {
    expect(highlightSegments('a refund now', spans)).toEqual(expected);
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
