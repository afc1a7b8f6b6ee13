import { tokenize } from './tokenize.js';

/** A rule phrase as the matcher sees it: folded words, the last one possibly a prefix. */
export interface PhrasePattern {
  readonly words: readonly string[];
  /** `refund*`: the last word matches any word that starts with it. */
  readonly prefix: boolean;
  /** The phrase as the rule wrote it. */
  readonly source: string;
}

/** Undefined for a phrase without a letter or digit: it could match nothing sensibly. */
export function compilePhrase(phrase: string): PhrasePattern | undefined {
  const trimmed = phrase.trim();
  const prefix = trimmed.endsWith('*');
  const words = tokenize(prefix ? trimmed.slice(0, -1) : trimmed).map((token) => token.norm);
  return words.length === 0 ? undefined : { words, prefix, source: phrase };
}
