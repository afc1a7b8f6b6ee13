import { defined } from '../shared/index.js';
import {
  CONTEXT_SCHEMA,
  MESSAGE_KINDS,
  type ContextPackage,
  type Customer,
  type Intent,
  type Page,
  type TranscriptMessage,
  type Trigger,
} from '../contract/types.js';
import type { Conversation, HandoffDecision, RuleMatch } from '../routing/types.js';
import { isIsoDateTime, isNonEmptyString, isUnitInterval } from '../shared/index.js';
import type { HandoffMeta } from './types.js';

/** The package's trigger: which rule fired, and the evidence it fired on. */
export function toTrigger(match: RuleMatch): Trigger {
  const base = {
    ruleId: match.ruleId,
    type: match.type,
    ...(match.label.trim() === '' ? {} : { label: match.label }),
  };
  const evidence = match.evidence;
  switch (evidence.kind) {
    case 'phrase':
      return { ...base, matched: evidence.matched, messageIndex: evidence.messageIndex };
    case 'human_requested':
    case 'intent':
      // The intent and its confidence travel in the package's own `intent` part.
      return base;
    case 'confidence':
      return { ...base, confidence: evidence.confidence, threshold: evidence.threshold };
    default: {
      const unreachable: never = evidence;
      throw new Error(`Unhandled evidence ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The contract needs a time on every message. A message without a usable one takes the next
 * known time after it (or the handoff time), so the transcript stays in order.
 */
function transcriptOf(conversation: Conversation, handedOffAt: string): TranscriptMessage[] {
  const messages = conversation.messages;
  const times: string[] = new Array<string>(messages.length);
  let later = handedOffAt;
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const at = messages[index]?.at;
    if (isIsoDateTime(at)) later = at;
    times[index] = later;
  }
  return messages.map((message, index) => {
    const kind = (MESSAGE_KINDS as readonly unknown[]).includes(message.kind)
      ? message.kind
      : undefined;
    return defined<TranscriptMessage>({
      at: times[index] ?? handedOffAt,
      role: message.role,
      text: message.text,
      kind,
    });
  });
}

function intentOf(conversation: Conversation): Intent | undefined {
  const intent = conversation.intent;
  if (!isNonEmptyString(intent?.name)) return undefined;
  return defined<Intent>({
    name: intent.name,
    confidence: isUnitInterval(intent.confidence) ? intent.confidence : undefined,
  });
}

/** Only the parts of the right type: the package must parse whatever loose object came in. */
function customerOf(customer: Customer | undefined): Customer | undefined {
  if (customer === undefined) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const { name, email, accountId, planTier, authenticated } = customer;
  return defined<Customer>({
    name: text(name),
    email: text(email),
    accountId: text(accountId),
    planTier: text(planTier),
    authenticated: typeof authenticated === 'boolean' ? authenticated : undefined,
  });
}

function pageOf(page: Page | undefined): Page | undefined {
  if (page === undefined) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return defined<Page>({ url: text(page.url), title: text(page.title) });
}

/**
 * Builds the handoff-context/v1 package a bot stores on the ticket. `parseContextPackage`
 * accepts every package built here. Pure: the handoff time comes in `meta`.
 *
 * @throws TypeError when `meta` breaks the contract (blank conversation id, a handoff time
 *   that is not ISO-8601 with a zone): a programming error, not a data one.
 */
export function toContextPackage(
  conversation: Conversation,
  decision: HandoffDecision | RuleMatch,
  meta: HandoffMeta,
): ContextPackage {
  if (!isNonEmptyString(meta.conversationId))
    throw new TypeError('toContextPackage: meta.conversationId must be a non-blank string');
  if (!isIsoDateTime(meta.handedOffAt))
    throw new TypeError('toContextPackage: meta.handedOffAt must be ISO-8601 with a zone');
  const match = 'handoff' in decision ? decision.fired : decision;
  if (!isNonEmptyString(match.ruleId))
    throw new TypeError('toContextPackage: the rule id must be a non-blank string');
  return defined<ContextPackage>({
    schema: CONTEXT_SCHEMA,
    conversationId: meta.conversationId,
    handedOffAt: meta.handedOffAt,
    model: meta.model ?? 'async',
    trigger: toTrigger(match),
    intent: intentOf(conversation),
    customer: customerOf(meta.customer),
    page: pageOf(meta.page),
    transcript: transcriptOf(conversation, meta.handedOffAt),
    locale: meta.locale,
  });
}
