import type { MessageKind, TranscriptRole, TriggerType } from '../contract/types.js';

/** UTF-16 offsets, `end` exclusive, into the text they travel with. */
export interface Span {
  readonly start: number;
  readonly end: number;
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

/** A customer message worth reading first: the one that fired the rule and/or the latest one. */
export interface AskItem {
  readonly index: number;
  /** Usually `customer`; the firing message of an intent or confidence rule may be the bot's. */
  readonly role: TranscriptRole;
  readonly at?: string;
  readonly text: ExcerptText;
  readonly isFiring: boolean;
  readonly isLatest: boolean;
}

export interface BotTry {
  /** The most recent message with this text; a handle for scrolling the transcript, not shown. */
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
  /** In transcript order; at most two items, one when the firing message is the latest. */
  readonly ask: readonly AskItem[];
  /** Most recent first; at most BOT_TRIES_SHOWN items. */
  readonly botTried: readonly BotTry[];
  /** Further distinct bot messages not listed in `botTried`. */
  readonly botTriedMore: number;
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
}
