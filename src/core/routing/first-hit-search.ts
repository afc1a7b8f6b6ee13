import type { PhrasePattern } from './phrase.js';
import { walkFrom, type OwnerNodes, type TrieNode } from './phrase-trie.js';
import type { Token } from './tokenize.js';

export interface FirstHit<Owner> {
  readonly owner: Owner;
  readonly pattern: PhrasePattern;
  /** UTF-16 offsets of the matched words in the original text. */
  readonly start: number;
  readonly end: number;
  /** Position of the text, among those searched, where the owner first matched. */
  readonly text: number;
}

/**
 * One search for each owner's earliest hit. It counts, per node, the owners already found
 * below it and ending at it (typed arrays, allocated at the first hit since most searches find
 * nothing), so a branch with nothing left to find is skipped in constant time.
 */
export class FirstHitSearch<Owner> {
  readonly found = new Map<Owner, FirstHit<Owner>>();
  readonly #nodeCount: number;
  readonly #places: ReadonlyMap<Owner, OwnerNodes<Owner>>;
  #below: Int32Array | undefined;
  #ending: Int32Array | undefined;
  // The start token and text of the walk under way, read by `visit`.
  #first: Token = { norm: '', start: 0, end: 0 };
  #text = 0;

  constructor(nodeCount: number, places: ReadonlyMap<Owner, OwnerNodes<Owner>>) {
    this.#nodeCount = nodeCount;
    this.#places = places;
  }

  readonly #enter = (node: TrieNode<Owner>): boolean =>
    this.#below === undefined || (this.#below[node.id] ?? 0) < node.owners.size;

  readonly #visit = (node: TrieNode<Owner>, last: Token): void => {
    if (this.#ending !== undefined && this.#ending[node.id] === node.endOwners.size) return;
    for (const { owner, pattern } of node.ends) {
      if (this.found.has(owner)) continue;
      const hit = { owner, pattern, start: this.#first.start, end: last.end, text: this.#text };
      this.#record(hit);
    }
  };

  #record(hit: FirstHit<Owner>): void {
    this.found.set(hit.owner, hit);
    const below = (this.#below ??= new Int32Array(this.#nodeCount));
    const ending = (this.#ending ??= new Int32Array(this.#nodeCount));
    const places = this.#places.get(hit.owner);
    for (const node of places?.below ?? []) below[node.id] = (below[node.id] ?? 0) + 1;
    for (const node of places?.ending ?? []) ending[node.id] = (ending[node.id] ?? 0) + 1;
  }

  /** Searches the texts in order and stops once every owner is found. */
  run(root: TrieNode<Owner>, texts: Iterable<readonly Token[]>): Map<Owner, FirstHit<Owner>> {
    const { found } = this;
    const owners = this.#places.size;
    if (found.size === owners) return found;
    const enter = this.#enter;
    const visit = this.#visit;
    for (const tokens of texts) {
      for (let at = 0; at < tokens.length && found.size < owners; at += 1) {
        this.#first = tokens[at] ?? this.#first;
        walkFrom(root, tokens, at, enter, visit);
      }
      this.#text += 1;
      // Checked before the next text is asked for: evaluate tokenizes messages lazily.
      if (found.size === owners) break;
    }
    return found;
  }
}
