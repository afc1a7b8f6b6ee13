import type { ShortText, Span } from './types.js';
import { takeWords, type WordUnit } from './words.js';

export const ELLIPSIS = '…';

interface Joined {
  readonly text: string;
  readonly highlights: readonly Span[];
}

/**
 * Joins words with single spaces where the original had whitespace, and maps a span of the
 * original onto the result (a span that falls between words maps to nothing).
 */
export function joinWords(
  text: string,
  units: readonly WordUnit[],
  lead: string,
  focus: Span | undefined,
): Joined {
  let out = lead;
  let from = -1;
  let to = -1;
  units.forEach((unit, i) => {
    if (i > 0 && unit.spaceBefore) out += ' ';
    const at = out.length;
    out += text.slice(unit.start, unit.end);
    if (focus === undefined) return;
    if (from < 0 && unit.end > focus.start) from = at + Math.max(0, focus.start - unit.start);
    if (unit.start < focus.end) to = at + Math.min(focus.end, unit.end) - unit.start;
  });
  const highlights = from >= 0 && to > from ? [{ start: from, end: to }] : [];
  return { text: out, highlights };
}

export function assertLimit(maxWords: number): void {
  if (!Number.isInteger(maxWords) || maxWords < 1) {
    throw new RangeError(`A word limit is a positive integer, got ${maxWords}`);
  }
}

/**
 * Cuts `text` to at most `maxWords` words (ellipsis included) between words, collapsing
 * whitespace. Only a single run longer than LONG_WORD_CHARS is cut inside, at a code point
 * that starts a character (never inside a surrogate pair or before a combining mark).
 * Reads no further into the text than the words it keeps, plus any whitespace.
 */
export function shortenText(text: string, maxWords: number): ShortText {
  assertLimit(maxWords);
  const { units, more } = takeWords(text, 0, maxWords);
  if (!more)
    return { text: joinWords(text, units, '', undefined).text, full: text, isShortened: false };
  const kept = joinWords(text, units.slice(0, maxWords - 1), '', undefined).text;
  return { text: kept + ELLIPSIS, full: text, isShortened: true };
}
