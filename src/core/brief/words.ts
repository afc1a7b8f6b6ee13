import type { ShortText, Span } from './types.js';
import { wordSegmenter } from '../shared/index.js';

/**
 * Counting and cutting text for the brief's word budget (budget.ts). The word rule: a run of
 * letters between spaces is one word per started LONG_WORD_CHARS characters, so a URL or a megabyte without spaces counts for its length;
 * scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) count the words
 * Intl.Segmenter finds in them, and are cut only between those words, their punctuation joined
 * to the word it follows (an opening bracket or quote to the word it precedes), as `world!` is
 * one word, and Japanese only between its phrases (see KANA); combining marks and emoji joiners
 * count nothing.
 */
export const LONG_WORD_CHARS = 16;

/** One counted word: UTF-16 offsets into the scanned text, always on code point boundaries. */
export interface WordUnit {
  readonly start: number;
  readonly end: number;
  /** Whitespace separates it from the word before. */
  readonly spaceBefore: boolean;
  /** It goes on the Japanese phrase of the word before (see KANA): no cut falls just before it. */
  readonly continues: boolean;
}

type CharClass = 'space' | 'attach' | 'unspaced' | 'letter';

const SPACE = /\s/u;
// Sticky: jumps a whole whitespace run natively (a megabyte of blanks is a few milliseconds).
const SPACE_RUN = /\s+/uy;
// Marks, joiners, skin tones and tag characters belong to the character before them.
const ATTACH = /[\p{M}\p{Emoji_Modifier}\u200D\u{E0020}-\u{E007F}]/u;
// The prolonged sound marks (ー, ｰ) are of no script of their own but are written only inside
// kana words: without them "コード" would read as three words and could be cut after "コ".
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC\uFF70]/u;
// Japanese groups words into phrases (bunsetsu): a word, then the particles and endings written
// in hiragana after it (認証|コード|を, 出|て|き|ませ|ん). Each segment still counts as a word,
// but a cut falls only where a phrase ends, where hiragana gives way to kanji or katakana, or
// before an honorific お/ご that opens one (コードを|お持ち): a cut sentence never loses the
// negation Japanese puts at its end. Text without kana (Chinese, Thai…) is cut between any words.
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ENDS_HIRAGANA = /\p{Script=Hiragana}$/u;
const STARTS_HIRAGANA = /^\p{Script=Hiragana}/u;
const STARTS_HAN = /^\p{Script=Han}/u;
const HONORIFIC = /^[おご]$/u;
const ZWJ = 0x200d;
// Punctuation written straight after a word of an unspaced script (`です。`, `…`, `」`) belongs to
// it, as `world!` is one word; an opening bracket or quote (`「`) belongs to the word after it.
const PUNCTUATION = /\p{P}/u;
const OPENING = /[\p{Ps}\p{Pi}]/u;
/** Characters of an unspaced run handed to Intl.Segmenter at once: bounded work per word read. */
const SEGMENT_WINDOW = 256;

/** Where the run of unspaced script (with its marks) starting at `from` ends. */
function unspacedRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const size = codePointLength(text, i);
    const cls = classify(text.charCodeAt(i), text.slice(i, i + size));
    if (cls !== 'unspaced' && cls !== 'attach') break;
    i += size;
  }
  return i;
}

/**
 * The words of an unspaced run (Japanese, Chinese, Thai…) as Intl.Segmenter finds them, read a
 * window at a time; a window's last word is read again with the next, so no word is split.
 */
function* unspacedWords(text: string, from: number, to: number): Generator<[number, number]> {
  let at = from;
  while (at < to) {
    const windowEnd = Math.min(to, at + SEGMENT_WINDOW);
    const parts = [...wordSegmenter().segment(text.slice(at, windowEnd))];
    const keep = windowEnd < to && parts.length > 1 ? parts.length - 1 : parts.length;
    for (let k = 0; k < keep; k += 1) {
      const part = parts[k];
      if (part !== undefined) yield [at + part.index, at + part.index + part.segment.length];
    }
    const next = parts[keep];
    at = next === undefined ? windowEnd : at + next.index;
  }
}

function classify(code: number, ch: string): CharClass {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) ? 'space' : 'letter';
  if (SPACE.test(ch)) return 'space';
  if (ATTACH.test(ch)) return 'attach';
  return UNSPACED.test(ch) ? 'unspaced' : 'letter';
}

/** Length in UTF-16 units of the code point at `i`: a lone surrogate counts as one. */
export function codePointLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

export function isSpaceAt(text: string, i: number): boolean {
  const size = codePointLength(text, i);
  return classify(text.charCodeAt(i), text.slice(i, i + size)) === 'space';
}

export function isAttachAt(text: string, i: number): boolean {
  const size = codePointLength(text, i);
  return classify(text.charCodeAt(i), text.slice(i, i + size)) === 'attach';
}

/**
 * Walks the words of `text` from `from`, in one pass, handing each to `visit` once it is
 * complete; stops when `visit` returns false. Linear in the characters walked.
 */
export function scanWords(text: string, from: number, visit: (unit: WordUnit) => boolean): void {
  let start = -1;
  let end = -1;
  let spaceBefore = false;
  let kind: 'letter' | 'unspaced' | undefined;
  let chars = 0;
  let pendingSpace = false;
  let openingOnly = false;
  let continues = false;
  let afterJoiner = false;
  let stopped = false;
  const close = () => {
    if (start >= 0 && !visit({ start, end, spaceBefore, continues })) stopped = true;
    start = -1;
    kind = undefined;
  };
  const open = (i: number, size: number, as: 'letter' | 'unspaced') => {
    close();
    start = i;
    end = i + size;
    spaceBefore = pendingSpace;
    pendingSpace = false;
    continues = false;
    kind = as;
    chars = 1;
  };
  for (let i = Math.max(0, from); i < text.length && !stopped;) {
    const size = codePointLength(text, i);
    const code = text.charCodeAt(i);
    const char = size === 1 ? (text[i] ?? '') : text.slice(i, i + size);
    let cls = classify(code, char);
    if (afterJoiner && cls !== 'space') cls = 'attach';
    afterJoiner = code === ZWJ;
    if (cls === 'space') {
      close();
      pendingSpace = true;
      SPACE_RUN.lastIndex = i;
      i = SPACE_RUN.test(text) ? SPACE_RUN.lastIndex : i + size;
      continue;
    }
    if (cls === 'attach' && start >= 0) {
      end = i + size;
    } else if (
      cls === 'letter' &&
      kind === 'unspaced' &&
      PUNCTUATION.test(char) &&
      !OPENING.test(char)
    ) {
      end = i + size;
    } else if (cls === 'unspaced') {
      // Cut only where the script's own words end (Intl.Segmenter), never mid-word. A word stays
      // open after it is read, so the punctuation that follows can join it.
      let lead: { start: number; spaceBefore: boolean } | undefined;
      if (kind === 'letter' && openingOnly) {
        lead = { start, spaceBefore };
        start = -1;
      }
      close();
      const runEnd = unspacedRunEnd(text, i);
      const japanese = KANA.test(text.slice(i, runEnd));
      let previous = '';
      for (const [wordStart, wordEnd] of unspacedWords(text, i, runEnd)) {
        if (stopped) break;
        const word = text.slice(wordStart, wordEnd);
        let inPhrase = false;
        if (japanese && kind === 'unspaced' && end === wordStart) {
          // The open word is `previous`; settled here, before open() hands it on.
          if (HONORIFIC.test(previous) && STARTS_HAN.test(word)) continues = false;
          inPhrase =
            HONORIFIC.test(previous) || !ENDS_HIRAGANA.test(previous) || STARTS_HIRAGANA.test(word);
        }
        open(wordStart, wordEnd - wordStart, 'unspaced');
        continues = inPhrase;
        previous = word;
        if (lead !== undefined) ({ start, spaceBefore } = lead);
        lead = undefined;
      }
      i = runEnd;
      continue;
    } else if (kind === 'letter' && chars < LONG_WORD_CHARS) {
      end = i + size;
      chars += 1;
      openingOnly &&= OPENING.test(char);
    } else {
      open(i, size, 'letter');
      openingOnly = OPENING.test(char);
    }
    i += size;
  }
  if (!stopped) close();
}

/** How many words `text` counts for in the brief's budget (see budget.ts for the rule). */
export function countWords(text: string): number {
  let count = 0;
  scanWords(text, 0, () => {
    count += 1;
    return true;
  });
  return count;
}

/**
 * countWords, reading no further than `max` words: any result above `max` only says the text
 * is longer than that, so sizing up a megabyte message costs what its first words cost.
 */
export function countWordsUpTo(text: string, max: number): number {
  const { units, more } = takeWords(text, 0, max);
  return units.length + (more ? 1 : 0);
}

/** Up to `max` words from `from`, and whether more follow. */
export function takeWords(
  text: string,
  from: number,
  max: number,
): { readonly units: readonly WordUnit[]; readonly more: boolean } {
  const units: WordUnit[] = [];
  let more = false;
  scanWords(text, from, (unit) => {
    if (units.length >= max) {
      more = true;
      return false;
    }
    units.push(unit);
    return true;
  });
  return { units, more };
}

// Cutting a text to the words it was given.

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

/**
 * The first `count` of `units` (read from one scan, at least one past `count` when the text goes
 * on), moved back so the cut does not fall inside a Japanese phrase; as cut when the first
 * phrase alone is longer.
 */
export function wholeWords(units: readonly WordUnit[], count: number): readonly WordUnit[] {
  let keep = Math.min(count, units.length);
  while (keep > 0 && units[keep]?.continues === true) keep -= 1;
  return units.slice(0, keep === 0 ? count : keep);
}

export function assertLimit(maxWords: number): void {
  if (!Number.isInteger(maxWords) || maxWords < 1) {
    throw new RangeError(`A word limit is a positive integer, got ${maxWords}`);
  }
}

// Opening brackets and quotes (`「`, `(`, `“`, `«`) a cut may end on, with any space after them.
const OPENING_AT_END = /[\p{Ps}\p{Pi}\s]+$/u;
const FULL_STOP_AT_END = /(?<=[\p{L}\p{N}])\.$/u;

/**
 * The kept words of a cut text with its ellipsis. A cut just after an opening bracket or quote
 * (`「`, `(`, `“`) would leave it dangling, and one just after a full stop would read as four
 * dots ("consent.…"): the ellipsis takes their place.
 */
export function endCut(kept: string): string {
  const clean = kept.replace(OPENING_AT_END, '').replace(FULL_STOP_AT_END, '');
  return (clean === '' ? kept : clean) + ELLIPSIS;
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
  const kept = joinWords(text, wholeWords(units, maxWords - 1), '', undefined).text;
  return { text: endCut(kept), full: text, isShortened: true };
}
