import type { PhrasePattern } from './phrase.js';
import type { Token } from './tokenize.js';

export interface TrieEntry<Owner> {
  readonly owner: Owner;
  readonly pattern: PhrasePattern;
}

/**
 * A node of the phrase trie. Phrases share their leading words (`words`); a last word written
 * as a prefix (`refund*`) continues into a character trie (`prefixes`, then `units`). Phrases
 * that share a beginning are therefore walked once, however many there are.
 */
export class TrieNode<Owner> {
  /** Dense numbering, so a search keeps its counts in a typed array. */
  readonly id: number;
  readonly words = new Map<string, TrieNode<Owner>>();
  readonly units = new Map<number, TrieNode<Owner>>();
  prefixes: TrieNode<Owner> | undefined;
  /** The phrases that end at this node. */
  readonly ends: TrieEntry<Owner>[] = [];
  /** Distinct owners of `ends`, and of every phrase ending at or below this node. */
  readonly endOwners = new Set<Owner>();
  readonly owners = new Set<Owner>();

  constructor(id: number) {
    this.id = id;
  }
}

/** Where an owner appears, so a search can tell in constant time when a branch has nothing left. */
export interface OwnerNodes<Owner> {
  readonly below: TrieNode<Owner>[];
  readonly ending: TrieNode<Owner>[];
}

type MakeNode<Owner> = () => TrieNode<Owner>;

function child<K, Owner>(
  map: Map<K, TrieNode<Owner>>,
  key: K,
  make: MakeNode<Owner>,
): TrieNode<Owner> {
  let node = map.get(key);
  if (node === undefined) {
    node = make();
    map.set(key, node);
  }
  return node;
}

/** Adds a phrase; `places` learns every node the owner newly appears under. */
export function insertPhrase<Owner>(
  root: TrieNode<Owner>,
  entry: TrieEntry<Owner>,
  places: OwnerNodes<Owner>,
  make: MakeNode<Owner>,
): void {
  const { words, prefix } = entry.pattern;
  const path = [root];
  let node = root;
  words.forEach((word, index) => {
    if (index === words.length - 1 && prefix) {
      node.prefixes ??= make();
      node = node.prefixes;
      path.push(node);
      for (let unit = 0; unit < word.length; unit += 1) {
        node = child(node.units, word.charCodeAt(unit), make);
        path.push(node);
      }
    } else {
      node = child(node.words, word, make);
      path.push(node);
    }
  });
  node.ends.push(entry);
  if (!node.endOwners.has(entry.owner)) {
    node.endOwners.add(entry.owner);
    places.ending.push(node);
  }
  for (const passed of path) {
    if (passed.owners.has(entry.owner)) continue;
    passed.owners.add(entry.owner);
    places.below.push(passed);
  }
}

/**
 * Calls `visit` for every node with phrases that match the tokens from `at` on, with the last
 * token they cover. `enter` may decline a branch. Each step follows one map lookup, and a
 * prefix walk stops at the trie's depth, so the work per start is bounded by the longest
 * phrase, never by the length of a token or by how many phrases share a beginning.
 */
export function walkFrom<Owner>(
  root: TrieNode<Owner>,
  tokens: readonly Token[],
  at: number,
  enter: (node: TrieNode<Owner>) => boolean,
  visit: (node: TrieNode<Owner>, last: Token) => void,
): void {
  let node = root;
  for (let index = at; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) return;
    if (node.prefixes !== undefined && enter(node.prefixes)) {
      let unit = node.prefixes;
      for (let offset = 0; offset < token.norm.length; offset += 1) {
        const next = unit.units.get(token.norm.charCodeAt(offset));
        if (next === undefined || !enter(next)) break;
        unit = next;
        if (unit.ends.length > 0) visit(unit, token);
      }
    }
    const next = node.words.get(token.norm);
    if (next === undefined || !enter(next)) return;
    if (next.ends.length > 0) visit(next, token);
    node = next;
  }
}
