import { compilePhrase, matchesAt, tokenize, type PhrasePattern, type Token } from './tokenize';

export interface PhraseHit<Owner> {
  readonly owner: Owner;
  readonly pattern: PhrasePattern;
  readonly start: number;
  readonly end: number;
}

const KEY_LENGTH = 3;

/**
 * Phrases indexed by their first word (or its first letters, for `word*` prefixes), so a
 * message is scanned once and each word is checked against only the phrases that can start
 * there: time grows with the message, not with message × phrases.
 */
export class PhraseIndex<Owner> {
  readonly #exact = new Map<string, { owner: Owner; pattern: PhrasePattern }[]>();
  readonly #byPrefix = new Map<string, { owner: Owner; pattern: PhrasePattern }[]>();
  readonly #shortPrefixes: { owner: Owner; pattern: PhrasePattern }[] = [];

  add(owner: Owner, phrase: string): void {
    const pattern = compilePhrase(phrase);
    if (pattern === undefined) return;
    const first = pattern.tokens[0] ?? '';
    const entry = { owner, pattern };
    if (pattern.prefix && pattern.tokens.length === 1) {
      if (first.length < KEY_LENGTH) this.#shortPrefixes.push(entry);
      else push(this.#byPrefix, first.slice(0, KEY_LENGTH), entry);
    } else {
      push(this.#exact, first, entry);
    }
  }

  /** Every phrase occurrence in the text, in text order. */
  scan(text: string): PhraseHit<Owner>[] {
    return this.scanTokens(tokenize(text));
  }

  scanTokens(tokens: readonly Token[]): PhraseHit<Owner>[] {
    const hits: PhraseHit<Owner>[] = [];
    tokens.forEach((token, at) => {
      const candidates = [
        ...(this.#exact.get(token.norm) ?? []),
        ...(this.#byPrefix.get(token.norm.slice(0, KEY_LENGTH)) ?? []),
        ...this.#shortPrefixes,
      ];
      for (const { owner, pattern } of candidates) {
        if (!matchesAt(tokens, at, pattern)) continue;
        const last = tokens[at + pattern.tokens.length - 1] ?? token;
        hits.push({ owner, pattern, start: token.start, end: last.end });
      }
    });
    return hits;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Where a phrase occurs in a text, for highlighting the words that fired a rule. */
export function findPhraseSpan(
  text: string,
  phrase: string,
): { start: number; end: number } | undefined {
  const index = new PhraseIndex<null>();
  index.add(null, phrase);
  const hit = index.scan(text)[0];
  return hit === undefined ? undefined : { start: hit.start, end: hit.end };
}
