import type { PartialContextPackage } from '../contract/index.js';
import { MESSAGES_READ } from './budget.js';
import { findHighlight } from './find-highlight.js';
import type { Span } from './types.js';

/**
 * The transcript index of the message that fired the rule: the one the package names, when it
 * exists; without an index (a compact package joined with the ticket's conversation), the
 * latest customer message up to the handoff that holds the words that fired it, among the last
 * MESSAGES_READ.
 */
export function firingIndex(pkg: PartialContextPackage): number | undefined {
  const index = pkg.trigger?.messageIndex;
  if (index === undefined) return refound(pkg);
  if (!Number.isInteger(index)) return undefined;
  return index >= 0 && index < pkg.transcript.length ? index : undefined;
}

/**
 * Characters of each message searched for the words that fired the rule: far more than a chat
 * message holds, and a bound on the search when a conversation is megabytes of pasted text.
 */
const SEARCHED_CHARS = 20_000;

function refound(pkg: PartialContextPackage): number | undefined {
  const matched = pkg.trigger?.matched;
  if (matched === undefined || matched.trim() === '') return undefined;
  const handoff = pkg.handedOffAt === undefined ? NaN : Date.parse(pkg.handedOffAt);
  const oldest = Math.max(0, pkg.transcript.length - MESSAGES_READ);
  for (let i = pkg.transcript.length - 1; i >= oldest; i -= 1) {
    const message = pkg.transcript[i];
    if (message?.role !== 'customer') continue;
    const at = message.at === undefined ? NaN : Date.parse(message.at);
    if (at > handoff) continue;
    if (findHighlight(message.text.slice(0, SEARCHED_CHARS), matched) !== undefined) return i;
  }
  return undefined;
}

/** The words that fired the rule, located in the firing message (full-text offsets). */
export function firingSpan(
  pkg: PartialContextPackage,
  index: number | undefined,
): Span | undefined {
  const matched = pkg.trigger?.matched;
  if (index === undefined || matched === undefined) return undefined;
  const message = pkg.transcript[index];
  return message === undefined ? undefined : findHighlight(message.text, matched);
}

const VISIBLE = /\S/u;

/** The latest customer message with something in it. */
export function latestCustomerIndex(pkg: PartialContextPackage): number | undefined {
  for (let i = pkg.transcript.length - 1; i >= 0; i -= 1) {
    const message = pkg.transcript[i];
    if (message?.role === 'customer' && VISIBLE.test(message.text)) return i;
  }
  return undefined;
}
