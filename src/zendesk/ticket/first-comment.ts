import type { TicketSnapshot } from '../../core/contract';
import type { ZendeskClient } from '../zendesk-client';
import { ZendeskFailure } from '../zendesk-error';
import { toIso } from './read-ticket-snapshot';
import { withRetry, type RetryPolicy } from './with-retry';

export type FirstComment = NonNullable<TicketSnapshot['firstComment']>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const firstCommentUrl = (ticketId: number) =>
  `/api/v2/tickets/${ticketId}/comments.json?sort_order=asc&per_page=1`;

/**
 * The ticket's first comment as plain text (`plain_body`: comment HTML is never parsed), or
 * undefined when the ticket has none. Retries what is worth retrying; then throws ZendeskFailure.
 */
export async function fetchFirstComment(
  client: ZendeskClient,
  ticketId: number,
  retry: Partial<RetryPolicy> = {},
): Promise<FirstComment | undefined> {
  const url = firstCommentUrl(ticketId);
  const page = await withRetry(() => client.request<unknown>({ url }), retry);
  const comments = isRecord(page) ? page['comments'] : undefined;
  if (!Array.isArray(comments)) {
    throw new ZendeskFailure({ kind: 'malformed_response', operation: `GET ${url}` });
  }
  const first: unknown = comments[0];
  if (!isRecord(first) || typeof first['plain_body'] !== 'string') return undefined;
  const at = toIso(first['created_at']);
  return { text: first['plain_body'], ...(at === undefined ? {} : { at }) };
}
