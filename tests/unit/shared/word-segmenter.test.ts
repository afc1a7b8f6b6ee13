import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordLikeSegments } from '../../../src/core/shared';

/** What Intl.Segmenter itself says: the answer the fast path must give. */
function segmenterWords(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

// Every character class the fast path reads, several times over so joins and runs are common.
const PLAIN = [
  ...'aAzZeéÉñçßøÿſǅɏ',
  ...'0123456789',
  ...'_____',
  ...":.'\u2018\u2019,;",
  ...'\u0301\u0308\u0327',
  ...' \t\n\r-!?"#@/()…–—“”',
];
const plainText = fc
  .array(fc.constantFrom(...PLAIN), { maxLength: 40 })
  .map((chars) => chars.join(''));

describe('wordLikeSegments', () => {
  it('agrees with Intl.Segmenter on plain Latin text', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(wordLikeSegments(text)).toEqual(segmenterWords(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with Intl.Segmenter on text in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(wordLikeSegments(text)).toEqual(segmenterWords(text));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ["don't", ["don't"]],
    ['1,000.50 EUR', ['1,000.50', 'EUR']],
    ['e.g. the a:b test', ['e.g', 'the', 'a:b', 'test']],
    ['_ __ a_', ['__', 'a_']],
    ['order #48213, please', ['order', '48213', 'please']],
    ['a_ a_\u0327 _', ['a_']],
    ['Привет, мир', ['Привет', 'мир']],
  ])('reads %j as %j', (text, words) => {
    expect(wordLikeSegments(text)).toEqual(words);
    expect(segmenterWords(text)).toEqual(words);
  });
});
