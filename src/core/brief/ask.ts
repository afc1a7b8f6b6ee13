import type { PartialContextPackage } from '../contract/index.js';
import { isIsoDateTime } from '../shared/index.js';
import { excerptText } from './excerpt.js';
import { firingSpan, latestCustomerIndex } from './firing.js';
import type { AskItem, GapCode, Span } from './types.js';
import type { WordLimits } from './word-limits.js';

/** Which messages the ask shows, found once however often the brief is cut. */
export interface AskPlan {
  readonly firing: number | undefined;
  readonly latest: number | undefined;
  /** The matched words in the firing message, full-text offsets. */
  readonly focus: Span | undefined;
}

/** The firing message and the latest customer message, and what the transcript lacks. */
export function planAsk(
  pkg: PartialContextPackage,
  firing: number | undefined,
): { plan: AskPlan; gaps: GapCode[] } {
  const gaps: GapCode[] = [];
  if (pkg.transcript.length === 0) gaps.push('no_transcript');
  else if (!pkg.transcript.some((message) => message.role === 'customer')) {
    gaps.push('no_customer_message');
  }
  const latest = latestCustomerIndex(pkg);
  return { plan: { firing, latest, focus: firingSpan(pkg, firing) }, gaps };
}

function askItem(
  pkg: PartialContextPackage,
  index: number,
  maxWords: number,
  focus: Span | undefined,
  flags: Pick<AskItem, 'isFiring' | 'isLatest'>,
): AskItem | undefined {
  const message = pkg.transcript[index];
  if (message === undefined) return undefined;
  return {
    index,
    role: message.role,
    ...(isIsoDateTime(message.at) ? { at: message.at } : {}),
    text: excerptText(message.text, maxWords, flags.isFiring ? focus : undefined),
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
  { firing, latest, focus }: AskPlan,
  limits: Pick<WordLimits, 'askFiring' | 'askLatest' | 'askOnly'>,
): AskItem[] {
  const items: (AskItem | undefined)[] = [];
  if (firing !== undefined && firing === latest) {
    items.push(askItem(pkg, firing, limits.askOnly, focus, { isFiring: true, isLatest: true }));
  } else {
    const alone = firing === undefined || latest === undefined;
    if (firing !== undefined) {
      const limit = alone ? limits.askOnly : limits.askFiring;
      items.push(askItem(pkg, firing, limit, focus, { isFiring: true, isLatest: false }));
    }
    if (latest !== undefined) {
      const limit = alone ? limits.askOnly : limits.askLatest;
      items.push(askItem(pkg, latest, limit, focus, { isFiring: false, isLatest: true }));
    }
  }
  const ask = items.filter((item): item is AskItem => item !== undefined);
  ask.sort((a, b) => a.index - b.index);
  return ask;
}
