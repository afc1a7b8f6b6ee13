import type { MessageKind, PartialContextPackage } from '../contract/index.js';
import { BOT_TRIES_SHOWN, MESSAGES_READ } from './budget.js';
import {
  isRejection,
  meaningfulWords,
  senseOfBotMessage,
  withoutOpeningCourtesy,
} from './message-sense.js';
import { shortenText } from './words.js';
import type { BotTriedOutcome, BotTry } from './types.js';
import type { WordLimits } from './budget.js';

const VISIBLE = /\S/u;
/** A customer message repeats an earlier one when this share of its words was said before. */
const REPEAT_SHARE = 0.6;
/** A bot answer the customer can turn down: more than a question back. */
const ANSWER_WORDS = 10;

/** One distinct thing the bot tried, at its latest sending. */
export interface BotTryGroup {
  index: number;
  readonly kind: MessageKind;
  readonly text: string;
  times: number;
}

/** A form the bot offered is its prompt; the field labels below it are not the try. */
function tryText(kind: MessageKind, text: string): string {
  if (kind === 'text') return withoutOpeningCourtesy(text);
  if (kind !== 'form') return text;
  const [prompt] = text.split('\n').filter((line) => VISIBLE.test(line));
  return prompt ?? text;
}

/** Where the bot's tries end: at the firing message, else after the customer's last message. */
function triesEnd(pkg: PartialContextPackage, firing: number | undefined): number {
  if (firing !== undefined) return firing;
  for (let i = pkg.transcript.length - 1; i >= 0; i -= 1) {
    if (pkg.transcript[i]?.role === 'customer') return i;
  }
  return pkg.transcript.length;
}

/**
 * What the bot tried before handing off, in the order it last tried it: answers, links, buttons
 * and forms it offered, each distinct text once, where it was last sent, with how often. Greetings, "let me
 * check" and its handoff line are not tries, nor are events. The latest BOT_TRIES_SHOWN are
 * shown; `more` counts the earlier ones. Also how the customer took them: answers turned down,
 * and messages in which they said again what they had already said. Reads the MESSAGES_READ
 * messages before the handoff.
 */
export function groupBotTries(
  pkg: PartialContextPackage,
  firing: number | undefined,
): { shown: BotTryGroup[]; more: number; outcome: BotTriedOutcome } {
  const groups = new Map<string, BotTryGroup>();
  const end = triesEnd(pkg, firing);
  let lastAnswer: number | undefined;
  let turnedDown = 0;
  let repeated = 0;
  const said = new Set<string>();
  for (let i = Math.max(0, end - MESSAGES_READ); i < end; i += 1) {
    const message = pkg.transcript[i];
    if (message === undefined || !VISIBLE.test(message.text)) continue;
    if (message.role === 'customer') {
      if (lastAnswer !== undefined && isRejection(message.text)) {
        turnedDown += 1;
        lastAnswer = undefined;
      }
      const words = meaningfulWords(message.text);
      const again = words.filter((word) => said.has(word)).length;
      if (words.length >= 3 && again / words.length >= REPEAT_SHARE) repeated += 1;
      for (const word of words) said.add(word);
      continue;
    }
    if (message.role !== 'bot' || message.kind === 'event') continue;
    if (senseOfBotMessage(message) !== 'try') continue;
    const kind = message.kind ?? 'text';
    const text = tryText(kind, message.text);
    const isQuestion = /[?？]\s*$/u.test(text) && meaningfulWords(text).length < ANSWER_WORDS;
    lastAnswer = isQuestion ? undefined : i;
    const key = text.trim();
    const seen = groups.get(key);
    if (seen === undefined) {
      groups.set(key, { index: i, kind, text, times: 1 });
      continue;
    }
    // Sent again: it now stands where it was last sent, so an answer the bot gave early and
    // again just before the handoff is among the latest, not counted with the earlier ones.
    seen.times += 1;
    seen.index = i;
    groups.delete(key);
    groups.set(key, seen);
  }
  const all = [...groups.values()];
  const shown = all.slice(-BOT_TRIES_SHOWN);
  return { shown, more: all.length - shown.length, outcome: { turnedDown, repeated } };
}

/**
 * The shown bot tries in the order they were tried, each cut to its limit: limits are by rank,
 * most recent first, so the try closest to the handoff gets spare words first.
 */
export function buildBotTried(
  shown: readonly BotTryGroup[],
  limits: Pick<WordLimits, 'botTries'>,
): BotTry[] {
  const last = shown.length - 1;
  return shown.map((group, i) => ({
    index: group.index,
    kind: group.kind,
    // Limits come for every shown rank; 1 word is the fallback that cannot overspend.
    text: shortenText(group.text, limits.botTries[last - i] ?? 1),
    times: group.times,
  }));
}
