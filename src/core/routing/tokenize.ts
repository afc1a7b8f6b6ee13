/**
 * Words for matching, with their place in the original text. Case, accents and compatibility
 * forms are folded away (NFKD, marks dropped, lowercased), any script; scripts written without
 * spaces (Han, kana, Thai, ...) give one token per character so phrases match as sequences.
 */
export interface Token {
  readonly norm: string;
  /** UTF-16 offsets into the original text. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/gu;
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const folded = ch.normalize('NFKD').replace(MARK, '').toLowerCase();
  return folded === 'ß' ? 'ss' : folded;
}

function isWordChar(ch: string, folded: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return folded !== '' && WORD.test(folded);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let norm = '';
  let start = -1;
  const flush = (end: number) => {
    if (start >= 0) tokens.push({ norm, start, end });
    norm = '';
    start = -1;
  };
  let index = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    if (isWordChar(ch, folded)) {
      if (ch.charCodeAt(0) >= 128 && UNSPACED.test(ch)) {
        flush(index);
        tokens.push({ norm: folded, start: index, end: index + ch.length });
      } else {
        if (start < 0) start = index;
        norm += folded;
      }
    } else if (folded === '' && start >= 0) {
      // A lone combining mark belongs to the word it follows.
    } else {
      flush(index);
    }
    index += ch.length;
  }
  flush(index);
  return tokens;
}

export interface PhrasePattern {
  readonly tokens: readonly string[];
  /** `refund*`: the last word matches as a prefix. */
  readonly prefix: boolean;
  readonly source: string;
}

export function compilePhrase(phrase: string): PhrasePattern | undefined {
  const trimmed = phrase.trim();
  const prefix = trimmed.endsWith('*');
  const tokens = tokenize(prefix ? trimmed.slice(0, -1) : trimmed).map((t) => t.norm);
  return tokens.length === 0 ? undefined : { tokens, prefix, source: phrase };
}

/** Does the pattern match the tokens starting at `at`? */
export function matchesAt(tokens: readonly Token[], at: number, pattern: PhrasePattern): boolean {
  const last = pattern.tokens.length - 1;
  if (at + last >= tokens.length) return false;
  for (let i = 0; i <= last; i += 1) {
    const token = tokens[at + i]?.norm ?? '';
    const want = pattern.tokens[i] ?? '';
    const ok = i === last && pattern.prefix ? token.startsWith(want) : token === want;
    if (!ok) return false;
  }
  return true;
}
