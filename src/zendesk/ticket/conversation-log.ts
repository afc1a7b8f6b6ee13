import type { ConversationContent, ConversationEntry } from '../../core/contract';
import { isObject } from '../../core/shared';
import { attemptWithRetry, retryContext, type RetryOptions } from '../retry';
import type { ZendeskClient } from '../zendesk-client';
import type { ZendeskError } from '../zendesk-error';

/** The Conversation Log's documented page size (cursor pagination, "maximum of 100"). */
const PAGE_SIZE = 100;
/** A conversation longer than this many pages is read no further: a replay needs the start. */
const MAX_PAGES = 5;

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

const AUTHOR_ROLES: Readonly<Record<string, string>> = {
  user: 'end-user',
  agent: 'agent',
  bot: 'bot',
};

function contentOf(value: unknown): ConversationContent {
  if (!isObject(value)) return { type: 'none' };
  const type = str(value['type']);
  if (type === 'html') return { type: 'html', html: str(value['body']) ?? '' };
  if (type === 'text' && !Array.isArray(value['actions']))
    return { type: 'text', text: str(value['text']) ?? '' };
  // Buttons, carousels, forms, files: the Sunshine Conversations message, read by the core.
  return { type: 'structured', value };
}

/**
 * One Conversation Log event as a conversation entry: authors typed `user`, `agent` or `bot`
 * (developer.zendesk.com, Conversation Log; docs/decisions/006), a private comment as a note.
 */
function readLogEvent(event: unknown): ConversationEntry | undefined {
  if (!isObject(event)) return undefined;
  const author = isObject(event['author']) ? event['author'] : {};
  const role = AUTHOR_ROLES[str(author['type']) ?? ''];
  const name = str(author['display_name']);
  const metadata = isObject(event['metadata']) ? event['metadata'] : {};
  const isComment = event['type'] === 'Comment';
  const channel = isComment
    ? metadata['public'] === false
      ? 'internal'
      : 'web'
    : 'native_messaging';
  const at = str(event['created_at']);
  const attachments = Array.isArray(event['attachments'])
    ? event['attachments'].flatMap((item: unknown) =>
        isObject(item)
          ? [{ name: str(item['file_name']) ?? str(item['filename']) ?? str(item['name']) ?? '' }]
          : [],
      )
    : [];
  return {
    ...(at === undefined ? {} : { at }),
    author: { ...(name === undefined ? {} : { name }), ...(role === undefined ? {} : { role }) },
    channel,
    content: contentOf(event['content']),
    attachments,
  };
}

/**
 * A ticket's conversation through the REST Conversation Log (`GET
 * /api/v2/tickets/{id}/conversation_log`, allowed for agents), oldest first, up to MAX_PAGES
 * pages. For replaying messaging tickets, whose messages are not in the ticket's comments.
 */
export async function fetchConversationLog(
  client: Pick<ZendeskClient, 'request'>,
  ticketId: number,
  options: RetryOptions = {},
): Promise<{ entries: ConversationEntry[] } | { error: ZendeskError } | { cancelled: true }> {
  const entries: ConversationEntry[] = [];
  const context = retryContext(options);
  let url: string | undefined =
    `/api/v2/tickets/${ticketId}/conversation_log?page%5Bsize%5D=${PAGE_SIZE}&sort=created_at`;
  for (let page = 0; url !== undefined && page < MAX_PAGES; page += 1) {
    const current: string = url;
    const attempt = await attemptWithRetry(
      () => client.request<unknown>({ url: current }),
      context,
    );
    if ('cancelled' in attempt) return { cancelled: true };
    if ('error' in attempt) return { error: attempt.error };
    const body = isObject(attempt.value) ? attempt.value : {};
    const events = Array.isArray(body['events']) ? body['events'] : [];
    for (const event of events) {
      const entry = readLogEvent(event);
      if (entry !== undefined) entries.push(entry);
    }
    const meta = isObject(body['meta']) ? body['meta'] : {};
    const links = isObject(body['links']) ? body['links'] : {};
    const next = str(links['next']);
    url = meta['has_more'] === true && next !== undefined ? relative(next) : undefined;
  }
  return { entries };
}

/** Zendesk's links are absolute; ZAF requests take the path, so the agent's session signs them. */
function relative(link: string): string {
  try {
    const parsed = new URL(link);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return link;
  }
}
