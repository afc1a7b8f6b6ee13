import type { MessageRole, TranscriptLayout, TranscriptMessage } from './types.js';

export interface RecoveryContext {
  /** ISO date-time; gives the day for layouts that print only times. */
  readonly ticketCreatedAt?: string;
  readonly requesterName?: string;
  readonly botNames?: readonly string[];
}

export interface RecoveredTranscript {
  readonly layout: TranscriptLayout;
  readonly messages: TranscriptMessage[];
}

// Names are bounded and colon-free, so every pattern runs in time linear in the line.
const CHAT_LINE =
  /^\((\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp][Mm]))?\)\s+([^:\n]{1,80}?):\s?(.*)$/;
const CHAT_EVENT =
  /^\((\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s?([AaPp][Mm]))?\)\s+\*\*\*\s*(.{0,500}?)\s*\*\*\*\s*$/;
const CHAT_HEADER = /^Chat started:\s*(\d{4}-\d{2}-\d{2})/i;
const BRACKETED =
  /^\[(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s?(Z|UTC|[+-]\d{2}:?\d{2})?\]\s+([^:\n]{1,80}?):\s?(.*)$/;

const CUSTOMER_NAMES = new Set(['customer', 'visitor', 'client', 'user', 'end user', 'end-user']);
const BOT_NAMES = new Set([
  'bot',
  'chatbot',
  'answer bot',
  'virtual assistant',
  'assistant',
  'ai agent',
]);
const SYSTEM_NAMES = new Set(['system']);
const DAY_MS = 86_400_000;

function roleOf(author: string, context: RecoveryContext): MessageRole {
  const name = author.trim().toLowerCase();
  if (SYSTEM_NAMES.has(name)) return 'system';
  if (name === context.requesterName?.trim().toLowerCase() || CUSTOMER_NAMES.has(name))
    return 'customer';
  const bots = context.botNames?.map((bot) => bot.trim().toLowerCase()) ?? [];
  if (bots.includes(name) || BOT_NAMES.has(name) || /\bbot\b/.test(name)) return 'bot';
  return 'agent';
}

function clockMs(
  hours: string,
  minutes: string,
  seconds: string | undefined,
  meridiem: string | undefined,
): number {
  let h = Number(hours) % 24;
  const m = meridiem?.toLowerCase();
  if (m === 'pm' && h < 12) h += 12;
  if (m === 'am' && h === 12) h = 0;
  return ((h * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000;
}

function dayStart(isoDay: string | undefined): number | undefined {
  if (isoDay === undefined) return undefined;
  const ms = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z' || zone === 'UTC') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

interface Draft {
  at?: number;
  role: MessageRole;
  author: string;
  lines: string[];
  kind?: 'event';
}

function finish(drafts: Draft[]): TranscriptMessage[] {
  return drafts.map((d) => {
    const at = d.at === undefined || Number.isNaN(d.at) ? undefined : new Date(d.at).toISOString();
    const text = d.lines.join('\n').trim();
    return {
      ...(at === undefined ? {} : { at }),
      role: d.role,
      text,
      author: d.author,
      ...(d.kind === undefined ? {} : { kind: d.kind }),
    };
  });
}

function readChat(lines: readonly string[], context: RecoveryContext): Draft[] {
  let day = dayStart(context.ticketCreatedAt);
  let previous = -1;
  const drafts: Draft[] = [];
  const stamp = (h: string, m: string, s: string | undefined, meridiem: string | undefined) => {
    const time = clockMs(h, m, s, meridiem);
    // Times that jump back by more than an hour mean the chat passed midnight.
    if (previous >= 0 && time < previous - 3_600_000 && day !== undefined) day += DAY_MS;
    previous = time;
    return day === undefined ? undefined : day + time;
  };
  for (const line of lines) {
    const header = CHAT_HEADER.exec(line);
    if (header !== null && drafts.length === 0) {
      day = dayStart(header[1]);
      continue;
    }
    const event = CHAT_EVENT.exec(line);
    const message = event === null ? CHAT_LINE.exec(line) : null;
    if (event !== null) {
      const at = stamp(event[1] ?? '0', event[2] ?? '0', event[3], event[4]);
      drafts.push({
        ...(at === undefined ? {} : { at }),
        role: 'system',
        author: '',
        lines: [event[5] ?? ''],
        kind: 'event',
      });
    } else if (message !== null) {
      const author = (message[5] ?? '').trim();
      const at = stamp(message[1] ?? '0', message[2] ?? '0', message[3], message[4]);
      drafts.push({
        ...(at === undefined ? {} : { at }),
        role: roleOf(author, context),
        author,
        lines: [message[6] ?? ''],
      });
    } else if (drafts.length > 0) {
      drafts[drafts.length - 1]?.lines.push(line);
    }
  }
  return drafts;
}

function readBracketed(lines: readonly string[], context: RecoveryContext): Draft[] {
  const drafts: Draft[] = [];
  for (const line of lines) {
    const match = BRACKETED.exec(line);
    if (match !== null) {
      const author = (match[6] ?? '').trim();
      const day = dayStart(match[1]);
      const at =
        day === undefined
          ? undefined
          : day +
            clockMs(match[2] ?? '0', match[3] ?? '0', match[4], undefined) -
            zoneOffsetMs(match[5]);
      drafts.push({
        ...(at === undefined ? {} : { at }),
        role: roleOf(author, context),
        author,
        lines: [match[7] ?? ''],
      });
    } else if (drafts.length > 0) {
      drafts[drafts.length - 1]?.lines.push(line);
    }
  }
  return drafts;
}

/**
 * Reads a human-readable transcript out of a ticket's first comment, for tickets written by
 * bots that never heard of the context package. Two recognised lines at least, so an ordinary
 * email is not taken for a chat.
 */
export function recoverTranscript(
  text: string,
  context: RecoveryContext = {},
): RecoveredTranscript | undefined {
  const lines = text.split(/\r?\n/);
  const readers: [TranscriptLayout, (l: readonly string[], c: RecoveryContext) => Draft[]][] = [
    ['zendesk_chat', readChat],
    ['bracketed', readBracketed],
  ];
  let best: RecoveredTranscript | undefined;
  for (const [layout, read] of readers) {
    const drafts = read(lines, context);
    if (drafts.length >= 2 && drafts.length > (best?.messages.length ?? 0)) {
      best = { layout, messages: finish(drafts) };
    }
  }
  return best;
}
