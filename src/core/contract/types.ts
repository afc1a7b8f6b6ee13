import type { Issue } from '../shared';

/**
 * handoff-context/v1: what a bot stores on the ticket when it hands off.
 * See ../shared/DESIGN.md. Closed vocabularies are `as const` arrays so the
 * unions and the runtime checks cannot drift apart.
 */
export const CONTEXT_SCHEMA = 'handoff-context/v1';

export const HANDOFF_MODELS = ['async', 'live', 'guided'] as const;
export type HandoffModel = (typeof HANDOFF_MODELS)[number];

export const TRIGGER_TYPES = ['keyword', 'intent', 'confidence', 'customer'] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

export const MESSAGE_ROLES = ['customer', 'bot', 'agent', 'system'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

export const MESSAGE_KINDS = ['text', 'button', 'form', 'event'] as const;
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
  readonly role: MessageRole;
  readonly text: string;
  readonly kind?: MessageKind;
  /** Display name as the transcript gave it (recovered transcripts only). */
  readonly author?: string;
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
}

/** The ticket as the sidebar sees it through ZAF, before any parsing. */
export interface TicketSnapshot {
  readonly id?: number;
  readonly subject?: string;
  readonly createdAt?: string;
  /** Raw value of the context custom field: usually JSON text, possibly anything. */
  readonly contextField?: unknown;
  readonly requester?: { readonly name?: string; readonly email?: string };
  /** The ticket's first comment, where bots write a readable transcript. */
  readonly firstComment?: {
    readonly text: string;
    readonly at?: string;
    readonly authorName?: string;
  };
  readonly tags?: readonly string[];
}

export const TRANSCRIPT_LAYOUTS = ['zendesk_chat', 'bracketed'] as const;
export type TranscriptLayout = (typeof TRANSCRIPT_LAYOUTS)[number];

/**
 * What the app could make of a ticket, from best to worst: a valid package; a transcript
 * recovered from the first comment; a malformed package with whatever could be salvaged;
 * nothing to go on.
 */
export type HandoffReading =
  | {
      readonly kind: 'package';
      readonly package: ContextPackage;
      readonly warnings: readonly Issue[];
    }
  | {
      readonly kind: 'recovered';
      readonly package: PartialContextPackage;
      readonly layout: TranscriptLayout;
    }
  | {
      readonly kind: 'malformed';
      readonly issues: readonly Issue[];
      readonly salvage: PartialContextPackage;
    }
  | { readonly kind: 'none' };
