import type { Customer, HandoffModel, Page } from '../contract/types.js';

/** What the bot knows about the handoff besides the conversation. The core reads no clock. */
export interface HandoffMeta {
  readonly conversationId: string;
  /** ISO-8601 with a zone, e.g. `new Date().toISOString()` taken by the bot. */
  readonly handedOffAt: string;
  /** Defaults to "async". */
  readonly model?: HandoffModel;
  readonly customer?: Customer;
  readonly page?: Page;
  readonly locale?: string;
}

export interface TicketOptions {
  /**
   * Id of the "Handoff context" ticket field in this account (the app creates it on install).
   * Without it the ticket carries no package field: only the tags and the readable transcript.
   */
  readonly contextFieldId?: number;
  /** Largest package JSON in the field, in UTF-8 bytes; oldest messages are dropped to fit. */
  readonly maxFieldBytes?: number;
  /** Largest transcript comment, in UTF-8 bytes; oldest lines are left out to fit. */
  readonly maxCommentBytes?: number;
  /** Whether the requester sees the transcript comment; an internal note by default. */
  readonly publicComment?: boolean;
  /** Longest subject, in characters. */
  readonly subjectLength?: number;
}

/** The body of `POST /api/v2/tickets.json`. */
export interface TicketRequest {
  readonly ticket: {
    readonly subject: string;
    readonly comment: { readonly body: string; readonly public: boolean };
    readonly requester?: { readonly email: string; readonly name?: string };
    readonly custom_fields: readonly { readonly id: number; readonly value: string }[];
    readonly tags: readonly string[];
  };
}
