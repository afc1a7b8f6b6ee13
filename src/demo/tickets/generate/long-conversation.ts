import type { ContextPackage, MessageRole, TranscriptMessage } from '../../../core/contract';
import type { ZendeskUser } from '../../zendesk-records';
import type { DemoTicketFile } from '../ticket-file-types';
import {
  composeTicketFile,
  handoffComment,
  handoffTags,
  LEDGERLINE_BOT,
} from './compose-ticket-file';
import { CLOSING, SLOTS, SMALL_TALK, TOPICS, type Topic } from './long-conversation-lines';
import { between, pick, seededRandom } from './seeded-random';

const MESSAGES = 2000;
const TRIGGER_AT = 1996;
/** Zendesk caps a comment near 64 KB, so the bot's readable copy holds only the latest messages. */
const COMMENT_BUDGET = 60_000;

const REQUESTER_EMAIL = 'tomasz@wojcik-dev.example';
const requester: ZendeskUser = {
  id: 20017,
  name: 'Tomasz Wójcik',
  email: REQUESTER_EMAIL,
  role: 'end-user',
  locale: 'en-GB',
  time_zone: 'Warsaw',
};

type Slot = keyof typeof SLOTS;

function message(
  clock: number,
  role: MessageRole,
  text: string,
  kind?: 'event',
): TranscriptMessage {
  const at = new Date(clock).toISOString().replace('.000Z', 'Z');
  return { at, role, text, ...(kind === undefined ? {} : { kind }) };
}

function fill(text: string, chosen: Readonly<Record<Slot, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in chosen ? chosen[name as Slot] : whole,
  );
}

function exchange(random: () => number, topic: Topic): [string, string] {
  const chosen = Object.fromEntries(
    Object.entries(SLOTS).map(([name, values]) => [name, pick(random, values)]),
  ) as Record<Slot, string>;
  return [fill(pick(random, topic.asks), chosen), fill(pick(random, topic.answers), chosen)];
}

/** A few hours later, inside the customer's working day (07:00-17:00 UTC). */
function nextSessionStart(random: () => number, clock: number): number {
  const later = new Date(
    clock + between(random, 1, 3) * 3_600_000 + between(random, 0, 3599) * 1000,
  );
  const hour = later.getUTCHours();
  if (hour >= 7 && hour < 17) return later.getTime();
  const day = Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate());
  return day + (hour >= 17 ? 86_400_000 : 0) + between(random, 7 * 60, 10 * 60) * 60_000;
}

function generatedMessages(seed: number): TranscriptMessage[] {
  const random = seededRandom(seed);
  const messages: TranscriptMessage[] = [];
  let clock = Date.parse('2026-11-02T08:14:00Z');
  const say = (role: MessageRole, text: string, kind?: 'event') => {
    messages.push(message(clock, role, text, kind));
  };
  say('system', 'Conversation started on Developers › Webhooks', 'event');
  let sessionLeft = between(random, 20, 50);
  while (messages.length < TRIGGER_AT - 2) {
    if (sessionLeft <= 0 || messages.length === TRIGGER_AT - 3) {
      // Between sessions the customer goes away for a few hours, then picks the thread up again.
      clock = nextSessionStart(random, clock);
      say('system', `Conversation resumed by ${requester.name}`, 'event');
      sessionLeft = between(random, 20, 50);
      continue;
    }
    // A session opens with a real question; small talk only follows one.
    const chat = messages[messages.length - 1]?.kind !== 'event' && random() < 0.3;
    const [ask, answer] = exchange(random, chat ? SMALL_TALK : pick(random, TOPICS));
    clock += between(random, 20, 240) * 1000;
    say('customer', ask);
    clock += between(random, 2, 6) * 1000;
    say('bot', answer);
    sessionLeft -= 2;
  }
  return messages;
}

function close(messages: TranscriptMessage[]): void {
  let clock = Date.parse(messages[messages.length - 1]?.at ?? '');
  for (const [seconds, role, text, kind] of CLOSING) {
    clock += seconds * 1000;
    messages.push(message(clock, role, text, kind));
  }
}

/** How many of the latest messages fit the comment budget (the comment grows with the count). */
function messagesThatFit(pkg: ContextPackage): number {
  let fits = 1;
  let tooMany = pkg.transcript.length + 1;
  while (tooMany - fits > 1) {
    const count = Math.floor((fits + tooMany) / 2);
    if (handoffComment(pkg, undefined, count).length <= COMMENT_BUDGET) fits = count;
    else tooMany = count;
  }
  return fits;
}

/** Ticket 10017: one messaging thread of 2,000 messages over three weeks, handed off near the end. */
export function buildLongConversation(seed = 17): DemoTicketFile {
  const transcript = generatedMessages(seed);
  close(transcript);
  if (transcript.length !== MESSAGES)
    throw new Error(`expected ${MESSAGES} messages, built ${transcript.length}`);
  const handedOffAt = transcript[transcript.length - 1]?.at ?? '';
  const pkg: ContextPackage = {
    schema: 'handoff-context/v1',
    conversationId: 'c_7d19e4a2',
    handedOffAt,
    model: 'async',
    trigger: {
      ruleId: 'human',
      type: 'customer',
      label: 'Asked for a person',
      matched: 'talk to a human',
      messageIndex: TRIGGER_AT,
    },
    intent: { name: 'integrations.webhooks', confidence: 0.77 },
    customer: {
      name: requester.name,
      email: REQUESTER_EMAIL,
      accountId: 'LL-70081',
      planTier: 'scale',
      authenticated: true,
    },
    page: {
      url: 'https://app.ledgerline.example/developers/webhooks',
      title: 'Developers · Webhooks',
    },
    transcript,
    locale: 'en-GB',
  };
  return composeTicketFile({
    demo: {
      title: '2,000-message thread',
      shows:
        'A three-week messaging thread of 2,000 messages; the request for a person is message 1,997, so the transcript must scroll to it. The brief stays within its word budget.',
    },
    id: 10017,
    subject: 'Webhook signature failures on invoice.paid (long thread)',
    status: 'new',
    createdAt: handedOffAt,
    channel: 'api',
    requester,
    author: LEDGERLINE_BOT,
    body: handoffComment(pkg, undefined, messagesThatFit(pkg)),
    isPublic: false,
    tags: handoffTags(pkg.trigger),
    contextField: JSON.stringify(pkg),
  });
}
