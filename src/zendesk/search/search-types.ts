import type { ZendeskClient } from '../zendesk-client';

/** The one method search needs: tests and the app pass the real ZendeskClient. */
export type SearchClient = Pick<ZendeskClient, 'request'>;

/** A ticket as List Search Results returns it, reduced to what the app reads. */
export interface SearchTicket {
  readonly id: number;
  readonly created_at: string;
  readonly updated_at?: string;
  readonly subject?: string;
  /** The first comment's text, as Zendesk keeps it on the ticket. */
  readonly description?: string;
  readonly status?: string;
  /** How the ticket came in (`via.channel`: `api`, `email`, `native_messaging`, ...). */
  readonly via?: { readonly channel?: string };
  readonly tags: readonly string[];
  readonly custom_fields: readonly { readonly id: number; readonly value: unknown }[];
}
