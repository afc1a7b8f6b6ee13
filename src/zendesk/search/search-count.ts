import { ZendeskFailure } from '../zendesk-error';
import type { SearchClient } from './search-types';

export function searchCountUrl(query: string): string {
  return `/api/v2/search/count.json?query=${encodeURIComponent(query)}`;
}

/** How many records match a Zendesk search query, by the Search count endpoint (one request). */
export async function searchCount(client: SearchClient, query: string): Promise<number> {
  const url = searchCountUrl(query);
  const body = await client.request<unknown>({ url });
  const count =
    typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)['count']
      : undefined;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new ZendeskFailure({ kind: 'malformed_response', operation: `GET ${url}` });
  }
  return count;
}
