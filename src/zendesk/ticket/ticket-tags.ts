import { isObject } from '../../core/shared';
import { isRetryableInPanel, withRetry, type RetryOptions } from '../retry';
import type { ZendeskClient } from '../zendesk-client';
import { ZendeskFailure, toZendeskError } from '../zendesk-error';

export interface TagChange {
  readonly add: readonly string[];
  readonly remove: readonly string[];
}

/** A ticket's saved tags and the stamp a safe update must quote. */
interface SavedTags {
  readonly tags: readonly string[];
  readonly updatedAt: string;
}

/** Tries of the whole read-then-write when another update lands in between (409). */
const SAFE_UPDATE_ATTEMPTS = 4;

const tagsUrl = (ticketId: number) => `/api/v2/tickets/${ticketId}/tags.json`;

async function readSavedTags(
  client: ZendeskClient,
  ticketId: number,
  options: Omit<RetryOptions, 'signal'>,
): Promise<SavedTags> {
  const url = `/api/v2/tickets/${ticketId}.json`;
  const body = await withRetry(() => client.request<unknown>({ url }), options);
  const ticket = isObject(body) ? body['ticket'] : undefined;
  const tags = isObject(ticket) ? ticket['tags'] : undefined;
  const updatedAt = isObject(ticket) ? ticket['updated_at'] : undefined;
  if (!Array.isArray(tags) || typeof updatedAt !== 'string')
    throw new ZendeskFailure({ kind: 'malformed_response', operation: `GET ${url}` });
  return { tags: tags.filter((tag): tag is string => typeof tag === 'string'), updatedAt };
}

const isConflict = (reason: unknown) => {
  const error = toZendeskError(reason, 'safe update');
  return error.kind === 'http' && error.status === 409;
};

/** One Tags endpoint call as a safe update: it lands only if the ticket is still at `stamp`. */
async function sendTags(
  client: ZendeskClient,
  ticketId: number,
  method: 'PUT' | 'DELETE',
  tags: readonly string[],
  stamp: string,
  options: Omit<RetryOptions, 'signal'>,
): Promise<void> {
  await withRetry(
    () =>
      client.request({
        url: tagsUrl(ticketId),
        method,
        body: { tags: [...tags], updated_stamp: stamp, safe_update: true },
      }),
    { ...options, retry: { retryOn: isRetryableInPanel, ...options.retry } },
  );
}

/**
 * Adds and removes tags on the saved ticket without touching any other tag: Remove Tags and
 * Add Tags, never Update Ticket (whose `tags` replaces them all), each a safe update against the
 * `updated_at` just read. When another update lands in between, Zendesk answers 409 and the
 * change is worked out again from the ticket as it now is. Resolves with the tags saved.
 */
export async function changeTicketTags(
  client: ZendeskClient,
  ticketId: number,
  change: TagChange,
  options: Omit<RetryOptions, 'signal'> = {},
): Promise<readonly string[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      let saved = await readSavedTags(client, ticketId, options);
      const remove = change.remove.filter((tag) => saved.tags.includes(tag));
      if (remove.length > 0) {
        await sendTags(client, ticketId, 'DELETE', remove, saved.updatedAt, options);
        saved = await readSavedTags(client, ticketId, options);
      }
      const add = change.add.filter((tag) => !saved.tags.includes(tag));
      if (add.length === 0) return saved.tags;
      await sendTags(client, ticketId, 'PUT', add, saved.updatedAt, options);
      return [...saved.tags, ...add];
    } catch (reason) {
      if (attempt >= SAFE_UPDATE_ATTEMPTS || !isConflict(reason)) throw reason;
    }
  }
}
