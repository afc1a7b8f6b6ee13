import { FirstHitSearch, type FirstHit, type TextSource } from './first-hit-search.js';
import { compilePhrase, type PhrasePattern } from './phrase.js';
import { insertPhrase, TrieNode, walkFrom, type OwnerNodes } from './phrase-trie.js';
import { tokenize, type Token } from './tokenize.js';

export interface PhraseHit<Owner> {
  readonly owner: Owner;
  readonly pattern: PhrasePattern;
  /** UTF-16 offsets of the matched words in the original text. */
  readonly start: number;
  readonly end: number;
}

/**
 * Phrases of many owners (rules) in one trie, so a text is read once whatever the number of
 * phrases: no user text ever becomes a regular expression.
 */
export class PhraseIndex<Owner> {
  #nodes = 1;
  readonly #root = new TrieNode<Owner>(0);
  readonly #places = new Map<Owner, OwnerNodes<Owner>>();
  readonly #make = () => new TrieNode<Owner>(this.#nodes++);
  readonly #search = new FirstHitSearch<Owner>(this.#places);

  /** Adds a phrase (`word`, `several words`, `prefix*`); false if it has no letter or digit. */
  add(owner: Owner, phrase: string): boolean {
    const pattern = compilePhrase(phrase);
    if (pattern === undefined) return false;
    let places = this.#places.get(owner);
    if (places === undefined) {
      places = { below: [], ending: [] };
      this.#places.set(owner, places);
    }
    insertPhrase(this.#root, { owner, pattern }, places, this.#make);
    return true;
  }

  /** Every phrase occurrence in the text, in text order. Time grows with text and hits. */
  scan(text: string): PhraseHit<Owner>[] {
    const tokens = tokenize(text);
    const hits: PhraseHit<Owner>[] = [];
    tokens.forEach((first, at) => {
      walkFrom(
        this.#root,
        tokens,
        at,
        () => true,
        (node, last) => {
          for (const { owner, pattern } of node.ends)
            hits.push({ owner, pattern, start: first.start, end: last.end });
        },
      );
    });
    return hits;
  }

  /**
   * Each owner's earliest occurrence across the texts, searched in order. Branches whose
   * owners have all been found are skipped, so a long run of repeated matches costs the
   * same as a run of misses, and the search stops once every owner is found.
   */
  firstHits(texts: readonly (readonly Token[])[] | TextSource): Map<Owner, FirstHit<Owner>> {
    let read = 0;
    const next = typeof texts === 'function' ? texts : () => texts[read++];
    return this.#search.run(this.#root, this.#nodes, next);
  }
}

/** Where a phrase first occurs in a text, for highlighting the words that fired a rule. */
export function findPhraseSpan(
  text: string,
  phrase: string,
): { start: number; end: number } | undefined {
  const index = new PhraseIndex<null>();
  index.add(null, phrase);
  const hit = index.firstHits([tokenize(text)]).get(null);
  return hit === undefined ? undefined : { start: hit.start, end: hit.end };
}
