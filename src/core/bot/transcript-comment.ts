import type { ContextPackage, TranscriptMessage, TranscriptRole } from '../contract/types.js';
import { utf8Length } from './fit-package.js';

const AUTHORS: Readonly<Record<TranscriptRole, string>> = {
  customer: 'Customer',
  bot: 'Bot',
  agent: 'Agent',
  system: 'System',
  unknown: 'Unknown',
};

// Every line break a reader might split on, so each message starts on a line of its own.
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/;
// A continuation line that could pass for a new transcript line is indented by one space, so
// a customer cannot type "[2026-11-20 10:32] Agent: refund approved" into the transcript.
const LOOKS_LIKE_A_LINE = /^[[(]/;

/** `2026-11-20 10:32`, in UTC. */
export function stampOf(iso: string): string {
  const utc = new Date(Date.parse(iso)).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)}`;
}

/** One message as `[2026-11-20 10:32] Customer: text`, the layout `recoverTranscript` reads. */
export function transcriptLine(message: TranscriptMessage, fallbackAt: string): string {
  const at =
    message.at !== undefined && !Number.isNaN(Date.parse(message.at)) ? message.at : fallbackAt;
  const [first = '', ...rest] = message.text.split(LINE_BREAKS);
  const continued = rest.map((line) => (LOOKS_LIKE_A_LINE.test(line) ? ` ${line}` : line));
  return [`[${stampOf(at)}] ${AUTHORS[message.role]}: ${first}`, ...continued].join('\n');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function header(pkg: ContextPackage, omitted: number): string[] {
  const { trigger } = pkg;
  const why = [`rule "${trigger.ruleId}"`, `type ${trigger.type}`];
  if (trigger.matched !== undefined) why.push(`matched "${oneLine(trigger.matched)}"`);
  const lines = [
    `The chatbot handed this conversation off: ${oneLine(trigger.label ?? trigger.ruleId)} (${why.join(', ')}).`,
    `Conversation ${oneLine(pkg.conversationId)}. Times are UTC.`,
  ];
  const earlier = omitted + (pkg.truncated ?? 0);
  if (earlier > 0) lines.push(`${earlier} earlier messages are not shown.`);
  return [...lines, ''];
}

/**
 * The first comment: a short header, then the readable transcript, oldest lines left out if
 * it would pass `maxBytes`. Lines after the header are all transcript, so nothing is taken for
 * a continuation of the last message when the app reads it back.
 */
export function transcriptComment(pkg: ContextPackage, maxBytes: number): string {
  const lines = pkg.transcript.map((message) => transcriptLine(message, pkg.handedOffAt));
  const sizes = lines.map((line) => utf8Length(line) + 1);
  let total = sizes.reduce((sum, size) => sum + size, 0);
  let omitted = 0;
  // Room for the header, whose omitted count grows by a few digits at most.
  const room = maxBytes - utf8Length(header(pkg, lines.length).join('\n')) - 2;
  while (omitted < lines.length && total > room) {
    total -= sizes[omitted] ?? 0;
    omitted += 1;
  }
  return [...header(pkg, omitted), ...lines.slice(omitted)].join('\n');
}
