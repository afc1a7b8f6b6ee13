import type { PartialContextPackage } from '../contract';
import { isIsoDateTime } from '../shared';
import { WORD_LIMITS } from './budget';
import { excerptText } from './excerpt';
import { firingSpan, latestCustomerIndex } from './firing';
import type { AskItem, GapCode } from './types';

function askItem(
  pkg: PartialContextPackage,
  index: number,
  maxWords: number,
  flags: Pick<AskItem, 'isFiring' | 'isLatest'>,
): AskItem | undefined {
  const message = pkg.transcript[index];
  if (message === undefined) return undefined;
  const focus = flags.isFiring ? firingSpan(pkg, index) : undefined;
  return {
    index,
    role: message.role,
    ...(isIsoDateTime(message.at) ? { at: message.at } : {}),
    text: excerptText(message.text, maxWords, focus),
    ...flags,
  };
}

/**
 * What the customer asked: the message that fired the rule, with the matched words kept in
 * view and highlighted, and the latest customer message; one item when they are the same.
 * Items are in transcript order.
 */
export function buildAsk(
  pkg: PartialContextPackage,
  firing: number | undefined,
): { ask: AskItem[]; gaps: GapCode[] } {
  const gaps: GapCode[] = [];
  if (pkg.transcript.length === 0) gaps.push('no_transcript');
  else if (!pkg.transcript.some((message) => message.role === 'customer')) {
    gaps.push('no_customer_message');
  }
  const latest = latestCustomerIndex(pkg);
  const both = WORD_LIMITS.askFiring + WORD_LIMITS.askLatest;
  const items: (AskItem | undefined)[] = [];
  if (firing !== undefined && firing === latest) {
    items.push(askItem(pkg, firing, both, { isFiring: true, isLatest: true }));
  } else {
    const alone = firing === undefined || latest === undefined;
    if (firing !== undefined) {
      const limit = alone ? both : WORD_LIMITS.askFiring;
      items.push(askItem(pkg, firing, limit, { isFiring: true, isLatest: false }));
    }
    if (latest !== undefined) {
      const limit = alone ? both : WORD_LIMITS.askLatest;
      items.push(askItem(pkg, latest, limit, { isFiring: false, isLatest: true }));
    }
  }
  const ask = items.filter((item): item is AskItem => item !== undefined);
  ask.sort((a, b) => a.index - b.index);
  return { ask, gaps };
}
