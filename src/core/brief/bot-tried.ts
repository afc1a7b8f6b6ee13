import type { MessageKind, PartialContextPackage } from '../contract/index.js';
import { BOT_TRIES_SHOWN } from './budget.js';
import { shortenText } from './shorten.js';
import type { BotTry } from './types.js';
import type { WordLimits } from './word-limits.js';

const VISIBLE = /\S/u;

/** One distinct text the bot sent, at its most recent sending. */
export interface BotTryGroup {
  readonly index: number;
  readonly kind: MessageKind;
  readonly text: string;
  times: number;
}

/**
 * What the bot already tried before handing off: its replies, buttons and forms before the
 * firing message (all of them when no firing message is known), most recent first, each
 * distinct text once with how often it was sent, since a bot repeating itself is worth
 * knowing. Events (joins, transfers) are not tries. The first BOT_TRIES_SHOWN are shown.
 */
export function groupBotTries(
  pkg: PartialContextPackage,
  firing: number | undefined,
): { shown: BotTryGroup[]; more: number } {
  const groups = new Map<string, BotTryGroup>();
  const end = firing ?? pkg.transcript.length;
  for (let i = end - 1; i >= 0; i -= 1) {
    const message = pkg.transcript[i];
    if (message === undefined || message.role !== 'bot' || message.kind === 'event') continue;
    if (!VISIBLE.test(message.text)) continue;
    const key = message.text.trim();
    const seen = groups.get(key);
    if (seen === undefined) {
      groups.set(key, { index: i, kind: message.kind ?? 'text', text: message.text, times: 1 });
    } else seen.times += 1;
  }
  const shown = [...groups.values()].slice(0, BOT_TRIES_SHOWN);
  return { shown, more: groups.size - shown.length };
}

/** The shown bot tries, each cut to the limit of its rank. */
export function buildBotTried(
  shown: readonly BotTryGroup[],
  limits: Pick<WordLimits, 'botTries'>,
): BotTry[] {
  return shown.map((group, rank) => ({
    index: group.index,
    kind: group.kind,
    // Limits come for every shown rank; 1 word is the fallback that cannot overspend.
    text: shortenText(group.text, limits.botTries[rank] ?? 1),
    times: group.times,
  }));
}
