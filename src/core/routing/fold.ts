/**
 * How one character takes part in matching. Words are compared after folding: compatibility
 * forms decomposed (NFKD: "ﬁ" is "fi", full-width "Ａ" is "a"), lowercased, and the accents of
 * alphabets that write them as optional marks dropped (Latin, Greek, Cyrillic, Hebrew points,
 * Arabic harakat). The vowel signs of abugidas (Thai, Devanagari, ...) and the kana voicing
 * marks are parts of their letters, not accents: they are kept, or Thai "คืน" (return) would
 * read as "คน" (person).
 */
export type CharKind =
  /** Letters and digits of scripts written with spaces between words. */
  | 'word'
  /** Letters of scripts written without spaces (Han, kana, Thai, ...): one token each. */
  | 'unspaced'
  /** A kept combining mark: part of the token before it. */
  | 'mark'
  /** Dropped accents and invisible format characters: part of the word, add nothing. */
  | 'ignorable'
  | 'separator';

export interface FoldedChar {
  readonly text: string;
  readonly kind: CharKind;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /^\p{M}$/u;
// ZERO WIDTH SPACE separates words (Thai and Khmer use it); the other format characters (joiners,
// soft hyphen, bidi controls) and the Arabic tatweel only shape or stretch a word.
const IGNORABLE = /^(?!\u200b)[\p{Cf}\u0640]$/u;
const UNSPACED =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
/** Combining marks that are accents: dropped when folding. */
const ACCENT_RANGES: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], // combining diacritical marks (Latin, Greek tonos, Cyrillic breve, ...)
  [0x0483, 0x0489], // Cyrillic
  [0x0591, 0x05c7], // Hebrew cantillation and points
  [0x0610, 0x061a], // Arabic
  [0x064b, 0x065f], // Arabic harakat, hamza above and below
  [0x0670, 0x0670], // Arabic superscript alef
  [0x06d6, 0x06ed], // Quranic annotation
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

function isAccent(part: string): boolean {
  const code = part.codePointAt(0) ?? 0;
  return MARK.test(part) && ACCENT_RANGES.some(([low, high]) => code >= low && code <= high);
}

function foldUncached(ch: string): FoldedChar {
  if (IGNORABLE.test(ch)) return { text: '', kind: 'ignorable' };
  let text = '';
  for (const part of ch.normalize('NFKD')) if (!isAccent(part)) text += part;
  text = text.toLowerCase();
  // The two case pairs that lowercasing alone leaves apart: "STRASSE"/"straße", "ΟΔΟΣ"/"οδος".
  if (text === 'ß') text = 'ss';
  else if (text === 'ς') text = 'σ';
  if (text === '') return { text, kind: 'ignorable' };
  if (LETTER_OR_DIGIT.test(text)) return { text, kind: UNSPACED.test(ch) ? 'unspaced' : 'word' };
  return { text, kind: MARK.test(ch) ? 'mark' : 'separator' };
}

const SEPARATOR: FoldedChar = { text: '', kind: 'separator' };

const ASCII: readonly FoldedChar[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  const isWord = /[A-Za-z0-9]/.test(ch);
  return { text: ch.toLowerCase(), kind: isWord ? 'word' : 'separator' };
});

// Folding is a pure function of the code point; caching it keeps long non-Latin messages fast.
// The bound keeps memory flat whatever text goes through.
const cache = new Map<number, FoldedChar>();
const CACHE_LIMIT = 8192;

/** Folds one code point (a lone surrogate folds to a separator). */
export function foldCodePoint(code: number): FoldedChar {
  if (code < 128) return ASCII[code] ?? SEPARATOR;
  const cached = cache.get(code);
  if (cached !== undefined) return cached;
  const folded =
    code >= 0xd800 && code <= 0xdfff ? SEPARATOR : foldUncached(String.fromCodePoint(code));
  if (cache.size < CACHE_LIMIT) cache.set(code, folded);
  return folded;
}

/** Folds the first code point of `ch`. */
export function foldChar(ch: string): FoldedChar {
  return foldCodePoint(ch.codePointAt(0) ?? 0);
}
