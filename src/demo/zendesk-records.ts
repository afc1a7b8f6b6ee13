/** Records in the shape Zendesk's REST API returns them; ticket fixture files use this shape. */
export interface ZendeskCustomFieldValue {
  readonly id: number;
  readonly value: unknown;
}

export interface ZendeskTicket {
  readonly id: number;
  readonly subject: string;
  readonly description?: string;
  readonly status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  readonly created_at: string;
  readonly updated_at: string;
  readonly requester_id: number;
  readonly tags: readonly string[];
  readonly custom_fields: readonly ZendeskCustomFieldValue[];
}

export interface ZendeskComment {
  readonly id: number;
  readonly author_id: number;
  readonly body: string;
  readonly plain_body?: string;
  readonly public: boolean;
  readonly created_at: string;
}

export interface ZendeskUser {
  readonly id: number;
  readonly name: string;
  readonly email?: string;
  readonly role: 'end-user' | 'agent' | 'admin';
  readonly locale?: string;
  readonly time_zone?: string;
}

/** One file in tests/fixtures/tickets/: `{ ticket, comments, users, conversation? }`. */
export interface TicketFile {
  readonly ticket: ZendeskTicket;
  readonly comments: readonly ZendeskComment[];
  readonly users: readonly ZendeskUser[];
  /**
   * A messaging or chat ticket's conversation, exactly as ZAF's `ticket.conversation` returns
   * it (`{ author, channel, message, timestamp, attachments }` entries): the local host answers
   * that path from it, and the Conversation Log endpoint too. Absent on other tickets.
   */
  readonly conversation?: readonly unknown[];
}
