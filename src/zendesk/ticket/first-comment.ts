import type { TicketSnapshot } from '../../core/contract';
import { isObject } from '../../core/shared';
import { withRetry, type RetryOptions } from '../retry';
import type { ZendeskClient } from '../zendesk-client';
import { ZendeskFailure } from '../zendesk-error';
import { toIso } from './read-ticket-snapshot';

export type FirstComment = NonNullable<TicketSnapshot['firstComment']>;

const firstCommentUrl = (ticketId: number) =>
  `/api/v2/tickets/${ticketId}/comments.json?sort_order=asc&per_page=1`;

/**
 * The ticket's first comment as plain text (`plain_body`: comment HTML is never parsed), or
 * undefined when the ticket has none. Retries what is worth retrying; then throws ZendeskFailure.
 */
export async function fetchFirstComment(
  client: ZendeskClient,
  ticketId: number,
  options: Omit<RetryOptions, 'signal'> = {},
): Promise<FirstComment | undefined> {
  const url = firstCommentUrl(ticketId);
  const page = await withRetry(() => client.request<unknown>({ url }), options);
  const comments = isObject(page) ? page['comments'] : undefined;
  if (!Array.isArray(comments)) {
    throw new ZendeskFailure({ kind: 'malformed_response', operation: `GET ${url}` });
  }
  const first: unknown = comments[0];
  if (!isObject(first) || typeof first['plain_body'] !== 'string') return undefined;
  const at = toIso(first['created_at']);
  return { text: first['plain_body'], ...(at === undefined ? {} : { at }) };
}
