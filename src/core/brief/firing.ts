import type { PartialContextPackage } from '../contract';
import { findHighlight } from './find-highlight';
import type { Span } from './types';

/** The transcript index of the message that fired the rule, when the package names one that exists. */
export function firingIndex(pkg: PartialContextPackage): number | undefined {
  const index = pkg.trigger?.messageIndex;
  if (index === undefined || !Number.isInteger(index)) return undefined;
  return index >= 0 && index < pkg.transcript.length ? index : undefined;
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
