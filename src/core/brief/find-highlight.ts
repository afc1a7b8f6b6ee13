import { findPhraseSpan } from '../routing/index.js';
import type { Span } from './types.js';
import { codePointLength, isAttachAt } from './words.js';

/** Longer "matched words" are not a phrase a rule fired on; searching for them is all cost. */
const MAX_MATCHED_CHARS = 200;

const MARKS = /\p{M}/gu;

/**
 * Folds case, accents and compatibility forms one character at a time, remembering each
 * character's folding: a message uses few distinct characters, and NFKD costs microseconds.
 */
class Folder {
  readonly #memo = new Map<string, string>();

  char(ch: string): string {
    const code = ch.charCodeAt(0);
    if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    let folded = this.#memo.get(ch);
    if (folded === undefined) {
      folded = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
      if (folded === 'ß') folded = 'ss';
      this.#memo.set(ch, folded);
    }
    return folded;
  }

  text(text: string): string {
    const pieces: string[] = [];
    for (let i = 0; i < text.length;) {
      const size = codePointLength(text, i);
      pieces.push(this.char(size === 1 ? (text[i] ?? '') : text.slice(i, i + size)));
      i += size;
    }
    return pieces.join('');
  }
}

interface Place {
  /** Offset in the original text. */
  readonly index: number;
  /** Offset in the folded text of the character at `index`. */
  readonly folded: number;
}

/** The original character whose folding holds folded offset `target`, walking on from `from`. */
function originalPlace(text: string, folder: Folder, target: number, from: Place): Place {
  let folded = from.folded;
  let i = from.index;
  while (i < text.length) {
    const size = codePointLength(text, i);
    const next = folded + folder.char(text.slice(i, i + size)).length;
    if (next > target) break;
    folded = next;
    i += size;
  }
  return { index: i, folded };
}

/**
 * Case- and accent-insensitive substring search. Folding changes lengths (é → e, ß → ss), so
 * a hit in the folded text is walked back to original offsets, only when there is a hit.
 */
function findFolded(text: string, needle: string): Span | undefined {
  const folder = new Folder();
  const want = folder.text(needle.trim());
  if (want === '') return undefined;
  const at = folder.text(text).indexOf(want);
  if (at < 0) return undefined;
  const head = originalPlace(text, folder, at, { index: 0, folded: 0 });
  const tail = originalPlace(text, folder, at + want.length - 1, head);
  let end = tail.index + codePointLength(text, tail.index);
  // Combining marks fold to nothing: keep them with the letter they sit on.
  while (end < text.length && isAttachAt(text, end)) end += codePointLength(text, end);
  return { start: head.index, end };
}

/**
 * Where the words that fired a rule sit in a message: as the routing core matches them
 * (whole words, `refund*` prefixes), else anywhere, ignoring case and accents. Undefined
 * when they are not there or are too long to be a phrase; never throws.
 */
export function findHighlight(text: string, matched: string): Span | undefined {
  if (matched.length > MAX_MATCHED_CHARS || matched.trim() === '') return undefined;
  return findPhraseSpan(text, matched) ?? findFolded(text, matched);
}
