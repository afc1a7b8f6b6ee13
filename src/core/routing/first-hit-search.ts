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

/** The texts of one search, asked for one at a time so unread ones are never tokenized. */
export type TextSource = () => readonly Token[] | undefined;

/**
 * Searches for each owner's earliest hit. It counts, per node, the owners already found below
 * it and ending at it, so a branch with nothing left to find is skipped in constant time.
 * A bot evaluates every message against the same rules, so the counts live in typed arrays kept
 * from one search to the next and stamped with the search that wrote them: a new search starts
 * from zero without clearing or allocating anything.
 */
export class FirstHitSearch<Owner> {
  readonly #places: ReadonlyMap<Owner, OwnerNodes<Owner>>;
  #below = new Int32Array(0);
  #ending = new Int32Array(0);
  #stamps = new Uint32Array(0);
  #search = 0;
  #busy = false;
  // The search under way, read by `visit` and `enter`.
  #found = new Map<Owner, FirstHit<Owner>>();
  #first: Token = { norm: '', start: 0, end: 0 };
  #text = 0;

  constructor(places: ReadonlyMap<Owner, OwnerNodes<Owner>>) {
    this.#places = places;
  }

  #count(counts: Int32Array, node: TrieNode<Owner>): number {
    return this.#stamps[node.id] === this.#search ? (counts[node.id] ?? 0) : 0;
  }

  readonly #enter = (node: TrieNode<Owner>): boolean =>
    this.#found.size === 0 || this.#count(this.#below, node) < node.owners.size;

  readonly #visit = (node: TrieNode<Owner>, last: Token): void => {
    if (this.#found.size > 0 && this.#count(this.#ending, node) === node.endOwners.size) return;
    for (const { owner, pattern } of node.ends) {
      if (this.#found.has(owner)) continue;
      const hit = { owner, pattern, start: this.#first.start, end: last.end, text: this.#text };
      this.#record(hit);
    }
  };

  #bump(node: TrieNode<Owner>, counts: Int32Array): void {
    const id = node.id;
    if (this.#stamps[id] !== this.#search) {
      this.#stamps[id] = this.#search;
      this.#below[id] = 0;
      this.#ending[id] = 0;
    }
    counts[id] = (counts[id] ?? 0) + 1;
  }

  #record(hit: FirstHit<Owner>): void {
    this.#found.set(hit.owner, hit);
    const places = this.#places.get(hit.owner);
    for (const node of places?.below ?? []) this.#bump(node, this.#below);
    for (const node of places?.ending ?? []) this.#bump(node, this.#ending);
  }

  /** Searches the texts in order and stops once every owner is found. */
  run(root: TrieNode<Owner>, nodeCount: number, next: TextSource): Map<Owner, FirstHit<Owner>> {
    // A text source that searches the same index again gets a search of its own.
    if (this.#busy) return new FirstHitSearch(this.#places).run(root, nodeCount, next);
    this.#busy = true;
    try {
      this.#start(nodeCount);
      const found = this.#found;
      const owners = this.#places.size;
      const enter = this.#enter;
      const visit = this.#visit;
      for (let tokens = found.size < owners ? next() : undefined; tokens !== undefined;) {
        for (let at = 0; at < tokens.length && found.size < owners; at += 1) {
          this.#first = tokens[at] ?? this.#first;
          walkFrom(root, tokens, at, enter, visit);
        }
        this.#text += 1;
        // Checked before the next text is asked for: evaluate tokenizes messages lazily.
        tokens = found.size < owners ? next() : undefined;
      }
      return found;
    } finally {
      this.#busy = false;
    }
  }

  #start(nodeCount: number): void {
    this.#found = new Map();
    this.#text = 0;
    this.#search += 1;
    // Phrases added since the last search, or a wrapped stamp: start the arrays afresh.
    if (this.#stamps.length < nodeCount || this.#search === 0xffffffff) {
      this.#below = new Int32Array(nodeCount);
      this.#ending = new Int32Array(nodeCount);
      this.#stamps = new Uint32Array(nodeCount);
      this.#search = 1;
    }
  }
}
