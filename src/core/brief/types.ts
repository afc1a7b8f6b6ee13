import type { HandoffModel, MessageKind, TranscriptRole, TriggerType } from '../contract/types.js';

/** UTF-16 offsets, `end` exclusive, into the text they travel with. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** Words of a rule that matched but did not fire (the rules tester shows them too). */
  readonly alsoMatched?: boolean;
}

/**
 * Untrusted text cut to a word limit for the brief. `text` has its whitespace collapsed to
 * single spaces and, when `isShortened`, an ellipsis where words were left out; `full` is the
 * original, untouched, for a tooltip or an expand control (it may be very long).
 */
export interface ShortText {
  readonly text: string;
  readonly full: string;
  readonly isShortened: boolean;
}

/** A shortened message with the spans to mark, in `text` coordinates. */
export interface ExcerptText extends ShortText {
  readonly highlights: readonly Span[];
}

/**
 * The ticket's requester as Zendesk knows it (ZAF `ticket.requester`): whoever the ticket is
 * from, which the bot neither chose nor verified.
 */
export interface TicketRequester {
  readonly name?: string;
  readonly email?: string;
}

export interface BriefOptions {
  /** The bot's display name for transcript rows; without it the UI shows its own word for "bot". */
  readonly botName?: string;
  /** Rule labels from the current routing rules, used when the package carries none. */
  readonly ruleLabels?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Fills the customer's name and email when the package leaves them out (see BriefIdentity). */
  readonly requester?: TicketRequester;
  /** The ticket's tags: they tell why the bot handed off when the package cannot. */
  readonly tags?: readonly string[];
}

export interface BriefReason {
  readonly ruleId: ShortText;
  /** The rule's label: the package's own, else the current rules'; absent when neither knows it. */
  readonly label?: ShortText;
  readonly labelSource?: 'package' | 'rules';
  readonly type: TriggerType;
  /** The words that fired the rule, as the package gives them. */
  readonly matched?: ShortText;
  /** Index into the transcript of the message that fired the rule, when that message exists. */
  readonly messageIndex?: number;
  /** 0..1, for the confidence fallback. */
  readonly confidence?: number;
  readonly threshold?: number;
}

/** The bot's guess at what the customer wants: a guess, never a fact. */
export interface BriefIntent {
  readonly name: ShortText;
  /** 0..1 */
  readonly confidence?: number;
}

/** Parts of the identity the ticket's requester can stand in for. */
export const REQUESTER_PARTS = ['name', 'email'] as const;
export type RequesterPart = (typeof REQUESTER_PARTS)[number];

export interface BriefIdentity {
  readonly name?: ShortText;
  readonly email?: ShortText;
  readonly accountId?: ShortText;
  readonly planTier?: ShortText;
  /** What the package says; the requester never changes it. */
  readonly authenticated: boolean | 'unknown';
  /**
   * The parts shown from the ticket's requester because the package left them out, in
   * REQUESTER_PARTS order; absent when every part shown is the package's own. Mark them as the
   * requester's: Zendesk's record, not verified by the bot. Gaps still name what the package lacks.
   */
  readonly fromRequester?: readonly RequesterPart[];
}

export interface BriefPage {
  readonly title?: ShortText;
  readonly url?: ShortText;
  /** Present only for an absolute http: or https: URL; anything else is shown as text, not a link. */
  readonly safeHref?: string;
}

/**
 * Why a message is in the ask: the first thing the customer asked (their problem, possibly
 * spread over a few short messages), the message that fired the rule, their latest message.
 */
export const ASK_WHYS = ['first', 'fired', 'latest'] as const;
export type AskWhy = (typeof ASK_WHYS)[number];

/**
 * What the customer asked, in their words: a message (or a few short ones read together)
 * where they state their problem. Escalation requests, greetings and identity answers are not
 * the ask while anything else is available.
 */
export interface AskItem {
  /** The first message of the item; a handle for scrolling the transcript. */
  readonly index: number;
  /** Every message read together in this item, in order (one in most items). */
  readonly indices: readonly number[];
  /** Usually `customer`; only a fallback with nothing better shows another role. */
  readonly role: TranscriptRole;
  readonly at?: string;
  /** The messages' texts joined by " · ", cut to the item's words, firing words highlighted. */
  readonly text: ExcerptText;
  /** Why it is shown, in ASK_WHYS order. */
  readonly why: readonly AskWhy[];
  readonly isFiring: boolean;
  readonly isLatest: boolean;
}

/** Something the customer already gave, which the agent must not ask for again. */
export interface KnownFact {
  /** An email or a reference number found in their messages, or an answer to a bot's form. */
  readonly kind: 'email' | 'reference' | 'form';
  /** As written; a form answer as "value (Label)". Found by pattern: never verified. */
  readonly text: ShortText;
  readonly index: number;
}

/** Who started the handoff: the customer asked, a rule fired on what they said, or the bot gave up. */
export const HANDOFF_STARTERS = ['customer', 'rule', 'no_answer'] as const;
export type HandoffStarter = (typeof HANDOFF_STARTERS)[number];

/**
 * The one-line headline: what the case is about (the bot's intent, else the rule's label, else
 * the start of the ask) and how it reached a person. The UI words it from these codes.
 */
export interface BriefHeadline {
  readonly topic?: ShortText;
  readonly topicSource?: 'intent' | 'rule' | 'ask';
  readonly starter?: HandoffStarter;
  /** Bot answers the customer went through before the handoff. */
  readonly answers: number;
  /** The handoff model, when the package says so. */
  readonly model?: HandoffModel;
}

/** How the customer took what the bot tried. */
export interface BotTriedOutcome {
  /** Bot answers the customer turned down ("no", "still the same", "did that already"). */
  readonly turnedDown: number;
  /** Customer messages that said again what they had said before. */
  readonly repeated: number;
}

export interface BotTry {
  /** The latest message with this text; a handle for scrolling the transcript, not shown. */
  readonly index: number;
  readonly kind: MessageKind;
  readonly text: ShortText;
  /** How many times the bot sent this same text (1 when once). */
  readonly times: number;
}

export interface BriefCounts {
  readonly messages: number;
  readonly customerMessages: number;
  /** Earliest to latest message time, in ms; absent with fewer than two usable times. */
  readonly durationMs?: number;
  /** Messages the bot dropped to fit the field. */
  readonly truncated: number;
}

export const GAP_CODES = [
  'no_trigger',
  'no_rule_label',
  'no_matched_words',
  'firing_message_missing',
  'no_confidence_figures',
  'no_intent',
  'identity_unknown',
  'no_customer_name',
  'no_email',
  'no_account_id',
  'no_plan_tier',
  'authentication_unknown',
  'no_page',
  'no_page_title',
  'no_page_url',
  'page_url_not_linkable',
  'no_transcript',
  'no_customer_message',
  'duration_unknown',
  'transcript_truncated',
] as const;
export type GapCode = (typeof GAP_CODES)[number];

export interface Brief {
  readonly reason?: BriefReason;
  readonly intent?: BriefIntent;
  readonly identity: BriefIdentity;
  readonly page?: BriefPage;
  readonly headline: BriefHeadline;
  /** In transcript order; at most ASK_ITEMS_MAX items. */
  readonly ask: readonly AskItem[];
  /** What the customer already gave: emails, references, form answers; at most KNOWN_FACTS_MAX. */
  readonly known: readonly KnownFact[];
  /** The bot's answers, links, buttons and forms, in the order it tried them (the latest BOT_TRIES_SHOWN). */
  readonly botTried: readonly BotTry[];
  /** Earlier distinct tries not listed in `botTried`. */
  readonly botTriedMore: number;
  readonly botTriedOutcome: BotTriedOutcome;
  readonly counts: BriefCounts;
  /** What the package does not say, in GAP_CODES order, each once. */
  readonly gaps: readonly GapCode[];
}

export type AuthorLabel =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'role'; readonly role: TranscriptRole };

export interface TranscriptRow {
  readonly index: number;
  readonly role: TranscriptRole;
  readonly kind: MessageKind;
  readonly author: AuthorLabel;
  /** ISO-8601 as the transcript gave it; absent when it had no usable time. */
  readonly at?: string;
  /** The full message text: render it as text. */
  readonly text: string;
  /** Spans to mark in `text`: the words that fired the rule, on the firing message only. */
  readonly highlights: readonly Span[];
  readonly isFiring: boolean;
}

export interface HighlightSegment {
  readonly text: string;
  readonly isHighlighted: boolean;
  /** A marked run made only of words that matched without firing. */
  readonly alsoMatched?: true;
}
