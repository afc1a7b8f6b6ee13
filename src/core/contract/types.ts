import type { Issue } from '../shared/index.js';

/**
 * handoff-context/v1: what a bot stores on the ticket when it hands off.
 * `schemas/handoff-context-v1.schema.json` says the same for bots. Closed vocabularies are `as const` arrays so the
 * unions and the runtime checks cannot drift apart.
 */
export const CONTEXT_SCHEMA = 'handoff-context/v1';

export const HANDOFF_MODELS = ['async', 'live', 'guided'] as const;
export type HandoffModel = (typeof HANDOFF_MODELS)[number];

/**
 * The trigger types that work, for the package's trigger and the routing rules alike: the
 * customer's words, the bot's intent, its own doubt, or a person asked for.
 */
export const TRIGGER_TYPES = ['keyword', 'intent', 'confidence', 'customer'] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

export const MESSAGE_ROLES = ['customer', 'bot', 'agent', 'system'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

/**
 * A transcript read from a ticket's conversation can hold a message whose author the app could
 * not place: `unknown`, shown as such rather than guessed. Packages never carry it.
 */
export const TRANSCRIPT_ROLES = [...MESSAGE_ROLES, 'unknown'] as const;
export type TranscriptRole = (typeof TRANSCRIPT_ROLES)[number];

/** What a message is: typed text, a button pressed or offered, a form, a carousel, a file, an event. */
export const MESSAGE_KINDS = ['text', 'button', 'form', 'carousel', 'file', 'event'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface Trigger {
  readonly ruleId: string;
  readonly type: TriggerType;
  readonly label?: string;
  readonly matched?: string;
  readonly messageIndex?: number;
  readonly confidence?: number;
  readonly threshold?: number;
}

export interface Intent {
  readonly name: string;
  readonly confidence?: number;
}

export interface Customer {
  readonly name?: string;
  readonly email?: string;
  readonly accountId?: string;
  readonly planTier?: string;
  readonly authenticated?: boolean;
}

export interface Page {
  readonly url?: string;
  readonly title?: string;
}

export interface TranscriptMessage {
  /** ISO-8601; absent when a recovered transcript had no usable time. */
  readonly at?: string;
  readonly role: TranscriptRole;
  readonly text: string;
  readonly kind?: MessageKind;
  /** Display name as the transcript gave it (recovered transcripts only). */
  readonly author?: string;
}

/**
 * Parts of a compact package a bot may drop to fit the messaging handoff's metadata limit, in the
 * order it drops them (core/bot/compact-package.ts): the least needed first.
 */
export const COMPACT_DROP_ORDER = [
  'page.title',
  'intent.confidence',
  'page.url',
  'trigger.label',
  'customer.planTier',
  'customer.accountId',
  'intent',
  'trigger.matched',
  'customer.name',
  'customer.email',
] as const;
export type CompactField = (typeof COMPACT_DROP_ORDER)[number];

/**
 * The compact profile (messaging road): a package without its transcript, which the ticket's
 * conversation supplies. What the bot saw, so the app can say when the ticket holds less.
 */
export interface CompactFacts {
  /** How many messages the bot saw. */
  readonly messageCount?: number;
  /** When the first of them was sent (ISO-8601). */
  readonly firstMessageAt?: string;
  /** Parts the bot had but dropped to fit the metadata limit, in drop order. */
  readonly omitted: readonly CompactField[];
}

export interface ContextPackage {
  readonly schema: typeof CONTEXT_SCHEMA;
  readonly conversationId: string;
  readonly handedOffAt: string;
  readonly model: HandoffModel;
  readonly trigger: Trigger;
  readonly intent?: Intent;
  readonly customer?: Customer;
  readonly page?: Page;
  readonly transcript: readonly TranscriptMessage[];
  readonly truncated?: number;
  readonly locale?: string;
  /** Present for a compact package: its transcript is the ticket's conversation. */
  readonly compact?: CompactFacts;
}

/** What could be learned from a ticket without a valid package: every part optional but the transcript. */
export interface PartialContextPackage {
  readonly conversationId?: string;
  readonly handedOffAt?: string;
  readonly model?: HandoffModel;
  readonly trigger?: Trigger;
  readonly intent?: Intent;
  readonly customer?: Customer;
  readonly page?: Page;
  readonly transcript: readonly TranscriptMessage[];
  readonly truncated?: number;
  readonly locale?: string;
  readonly compact?: CompactFacts;
}

/** The ticket as the sidebar sees it through ZAF, before any parsing. */
export interface TicketSnapshot {
  readonly id?: number;
  readonly subject?: string;
  readonly createdAt?: string;
  /** Raw value of the context custom field: usually JSON text, possibly anything. */
  readonly contextField?: unknown;
  readonly requester?: {
    readonly name?: string;
    readonly email?: string;
    /** The requester's Zendesk language (a locale such as `de` or `pt-BR`). */
    readonly locale?: string;
  };
  /** The ticket's first comment, where bots write a readable transcript. */
  readonly firstComment?: {
    readonly text: string;
    readonly at?: string;
    readonly authorName?: string;
  };
  readonly tags?: readonly string[];
  /**
   * The ticket's messaging or chat conversation (ZAF `ticket.conversation`), read by the
   * adapter; absent when the ticket has none or it could not be read.
   */
  readonly conversation?: readonly ConversationEntry[];
}

/** One message of a ticket's conversation, as the adapter reads ZAF's entry. */
export interface ConversationEntry {
  /** ISO-8601. */
  readonly at?: string;
  /** Zendesk's own words for the author: the role (`end-user`, `agent`, ...) and name. */
  readonly author: { readonly name?: string; readonly role?: string };
  readonly channel?: string;
  readonly content: ConversationContent;
  readonly attachments: readonly { readonly name: string; readonly contentType?: string }[];
}

/**
 * A message's content: plain text, HTML (reduced to text, never rendered), or a structured
 * Sunshine Conversations message (carousel, form, buttons, file), or nothing.
 */
export type ConversationContent =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'html'; readonly html: string }
  | { readonly type: 'structured'; readonly value: unknown }
  | { readonly type: 'none' };

export const TRANSCRIPT_LAYOUTS = ['zendesk_chat', 'bracketed', 'conversation'] as const;
export type TranscriptLayout = (typeof TRANSCRIPT_LAYOUTS)[number];

/**
 * What the ticket holds short of what the bot had, each with what to do: the conversation has
 * fewer messages than the bot saw (or none), parts were dropped to fit, or nothing tells how to
 * reach the customer.
 */
export const INTEGRITY_CODES = ['history_cut', 'history_missing', 'omitted', 'no_contact'] as const;
export type IntegrityCode = (typeof INTEGRITY_CODES)[number];

export interface IntegrityNote {
  readonly code: IntegrityCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * What the app could make of a ticket, from best to worst: a valid package (a compact one joined
 * with the ticket's conversation); a transcript recovered from the conversation or the first
 * comment; a malformed package with whatever could be salvaged; nothing to go on.
 */
export type HandoffReading =
  | {
      readonly kind: 'package';
      readonly package: ContextPackage;
      readonly warnings: readonly Issue[];
      /** Where the transcript came from: the package, or (compact) the ticket's conversation. */
      readonly transcriptSource: 'package' | 'conversation';
      readonly integrity: readonly IntegrityNote[];
    }
  | {
      readonly kind: 'recovered';
      readonly package: PartialContextPackage;
      readonly layout: TranscriptLayout;
      readonly integrity: readonly IntegrityNote[];
    }
  | {
      readonly kind: 'malformed';
      readonly issues: readonly Issue[];
      readonly salvage: PartialContextPackage;
    }
  | { readonly kind: 'none' };
