import type { MessageKind, PartialContextPackage } from '../contract';
import { BOT_TRIES_SHOWN, WORD_LIMITS } from './budget';
import { shortenText } from './shorten';
import type { BotTry } from './types';

const VISIBLE = /\S/u;

interface Group {
  readonly index: number;
  readonly kind: MessageKind;
  readonly text: string;
  times: number;
}

/**
 * What the bot already tried before handing off: its replies, buttons and forms before the
 * firing message (all of them when no firing message is known), most recent first, each
 * distinct text once with how often it was sent, since a bot repeating itself is worth
 * knowing. Events (joins, transfers) are not tries.
 */
export function buildBotTried(
  pkg: PartialContextPackage,
  firing: number | undefined,
): { botTried: BotTry[]; botTriedMore: number } {
  const groups = new Map<string, Group>();
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
  const botTried: BotTry[] = [];
  for (const group of groups.values()) {
    if (botTried.length === BOT_TRIES_SHOWN) break;
    botTried.push({
      index: group.index,
      kind: group.kind,
      text: shortenText(group.text, WORD_LIMITS.botTry),
      times: group.times,
    });
  }
  return { botTried, botTriedMore: groups.size - botTried.length };
}
