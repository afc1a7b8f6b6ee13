import { foldCodePoint } from './fold.js';

/**
 * Words for matching, with their place in the original text: folded as `foldChar` says, any
 * script. Scripts written without spaces (Han, kana, Thai, ...) give one token per letter
 * (with its marks), so their phrases match as letter sequences.
 */
export interface Token {
  readonly norm: string;
  /** UTF-16 offsets into the original text. */
  readonly start: number;
  readonly end: number;
}

/** One pass over the text, constant work per character. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let norm = '';
  let start = -1;
  let end = -1;
  // Whether the open token is a word that further letters extend (not a one-letter token).
  let spaced = false;
  // A run of ASCII letters and digits is copied in one slice when it ends: a long word costs
  // one native lowercase rather than a string append per character.
  let runFrom = -1;
  const closeRun = () => {
    if (runFrom >= 0) norm += text.slice(runFrom, end).toLowerCase();
    runFrom = -1;
  };
  const flush = () => {
    closeRun();
    if (start >= 0) tokens.push({ norm, start, end });
    norm = '';
    start = -1;
  };
  for (let index = 0; index < text.length;) {
    const code = text.codePointAt(index) ?? 0;
    const next = index + (code > 0xffff ? 2 : 1);
    const folded = foldCodePoint(code);
    switch (folded.kind) {
      case 'word':
        if (start < 0 || !spaced) {
          flush();
          start = index;
          spaced = true;
        }
        if (code < 128) {
          if (runFrom < 0) runFrom = index;
        } else {
          closeRun();
          norm += folded.text;
        }
        end = next;
        break;
      case 'unspaced':
        flush();
        start = index;
        spaced = false;
        norm = folded.text;
        end = next;
        break;
      case 'mark':
        if (start >= 0) {
          closeRun();
          norm += folded.text;
          end = next;
        }
        break;
      case 'ignorable':
        if (start >= 0) {
          closeRun();
          end = next;
        }
        break;
      case 'separator':
        flush();
        break;
      default: {
        const unreachable: never = folded.kind;
        throw new Error(`Unhandled character kind ${String(unreachable)}`);
      }
    }
    index = next;
  }
  flush();
  return tokens;
}
