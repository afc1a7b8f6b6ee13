import { describe, expect, it } from 'vitest';
import { findHighlight, splitHighlights, type Span } from '../../../src/core/brief';

const found = (text: string, matched: string) => {
  const span = findHighlight(text, matched);
  return span === undefined ? undefined : text.slice(span.start, span.end);
};

describe('findHighlight', () => {
  it.each([
    ['the words as written', 'I want a refund now', 'refund', 'refund'],
    ['regardless of case', 'I want a REFUND now', 'Refund', 'REFUND'],
    ['regardless of accents', 'Je veux un Rémboursement', 'remboursement', 'Rémboursement'],
    ['accents written as combining marks', 'un cafe\u0301 froid', 'CAFÉ', 'cafe\u0301'],
    ['a prefix pattern', 'was it refunded yet?', 'refund*', 'refunded'],
    ['a phrase across spaces', 'my money   back please', 'money back', 'money   back'],
    ['Japanese without spaces', '先月の返金をお願いします', '返金', '返金'],
    ['inside a longer word, as a fallback', 'this is nonrefundable', 'refund', 'refund'],
    ['a fallback where folding lengthens a letter', 'Hauptstraße 5', 'STRASSE', 'straße'],
    ['a fallback with accents and case', 'ÜBERWEISUNGSRÜCKBUCHUNG', 'rückbuchung', 'RÜCKBUCHUNG'],
  ])('finds %s', (_, text, matched, expected) => {
    expect(found(text, matched)).toBe(expected);
  });

  it.each([
    ['words that are not there', 'hello there', 'refund'],
    ['blank matched words', 'hello there', '   '],
    ['an empty message', '', 'refund'],
    ['matched words longer than the message', 'ref', 'refund'],
    ['matched words too long to be a phrase', 'refund '.repeat(100), 'refund '.repeat(40)],
  ])('finds nothing for %s', (_, text, matched) => {
    expect(findHighlight(text, matched)).toBeUndefined();
  });
});

describe('splitHighlights', () => {
  const marks = (text: string, spans: Span[]) =>
    splitHighlights(text, spans)
      .map((s) => (s.isHighlighted ? `[${s.text}]` : s.text))
      .join('');

  it.each<[string, string, Span[], string]>([
    ['one span', 'I want a refund now', [{ start: 9, end: 15 }], 'I want a [refund] now'],
    ['no spans', 'plain', [], 'plain'],
    ['a span over all of it', 'refund', [{ start: 0, end: 6 }], '[refund]'],
    [
      'overlapping spans, merged',
      'abcdef',
      [
        { start: 1, end: 3 },
        { start: 2, end: 5 },
      ],
      'a[bcde]f',
    ],
    [
      'spans out of order',
      'abcdef',
      [
        { start: 4, end: 5 },
        { start: 0, end: 1 },
      ],
      '[a]bcd[e]f',
    ],
    ['a span out of range, clamped', 'abc', [{ start: 2, end: 99 }], 'ab[c]'],
    [
      'empty and reversed spans, ignored',
      'abc',
      [
        { start: 1, end: 1 },
        { start: 2, end: 0 },
      ],
      'abc',
    ],
    ['a span not a number, ignored', 'abc', [{ start: Number.NaN, end: 2 }], 'abc'],
    ['a span cutting an emoji, widened', 'a😀b', [{ start: 2, end: 4 }], 'a[😀b]'],
    ['HTML-looking text, as text', '<b>x</b>', [{ start: 3, end: 4 }], '<b>[x]</b>'],
  ])('splits %s', (_, text, spans, expected) => {
    expect(marks(text, spans)).toBe(expected);
  });

  it('gives no segments for an empty text', () => {
    expect(splitHighlights('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});
