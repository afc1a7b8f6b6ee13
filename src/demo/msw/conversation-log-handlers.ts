import { http, HttpResponse } from 'msw';
import { isObject } from '../../core/shared';
import type { DemoDb } from '../db/demo-db';
import type { TicketFile } from '../zendesk-records';
import { invalid, notFound } from './zendesk-errors';

const MAX_PAGE = 100;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A ZAF conversation entry as the Conversation Log's event (developer.zendesk.com reference). */
function logEvent(entry: unknown, index: number, ticketId: number, botNames: readonly string[]) {
  const raw = isObject(entry) ? entry : {};
  const author = isObject(raw['author']) ? raw['author'] : {};
  const message = isObject(raw['message']) ? raw['message'] : {};
  const role = str(author['role']) ?? '';
  const name = str(author['name']) ?? '';
  const isBot = role === 'bot' || botNames.some((bot) => bot.toLowerCase() === name.toLowerCase());
  const type = isBot ? 'bot' : role === 'end-user' ? 'user' : 'agent';
  const content = message['content'];
  const contentType = str(message['contentType']) ?? 'text/plain';
  return {
    id: `demo_${ticketId}_${index}`,
    type: 'Messaging::ConversationMessage',
    created_at: str(raw['timestamp']),
    author: { type, display_name: name },
    content: isObject(content)
      ? content
      : contentType.startsWith('text/html')
        ? { type: 'html', body: str(content) ?? '' }
        : { type: 'text', text: str(content) ?? '' },
    attachments: Array.isArray(raw['attachments'])
      ? raw['attachments'].map((a: unknown) => ({
          file_name: isObject(a) ? str(a['filename']) : undefined,
        }))
      : [],
    metadata: { custom: {}, system: {}, ticket_version: 0 },
  };
}

/** The comments of a ticket without a conversation, as Comment events. */
function commentEvents(file: TicketFile) {
  return file.comments.map((comment) => ({
    id: `comment_${comment.id}`,
    type: 'Comment',
    created_at: comment.created_at,
    author: { type: 'user', display_name: '' },
    content: { type: 'html', body: comment.body },
    attachments: [],
    metadata: { custom: {}, public: comment.public, system: {}, ticket_version: 0 },
  }));
}

/**
 * The Conversation Log (`GET /api/v2/tickets/{id}/conversation_log`): every message of a
 * messaging ticket's conversation, else the ticket's comments; cursor pages of at most 100;
 * its own rate limit besides the account's.
 */
export function createConversationLogHandlers(db: DemoDb) {
  return [
    http.get('*/api/v2/tickets/:id/conversation_log', ({ params, request }) => {
      const limit = db.conversationLogLimit;
      const taken = limit.take();
      if (!taken.ok)
        return new HttpResponse('Too Many Requests', {
          status: 429,
          headers: {
            'Retry-After': String(taken.retryAfterSeconds),
            'Zendesk-RateLimit-omnilog-index': `total=${limit.perMinute}; remaining=0; resets=${taken.retryAfterSeconds}`,
            'content-type': 'text/plain',
          },
        });
      const id = Number(params['id']);
      const file = db.ticketFile(id);
      if (file === undefined) return notFound();
      const url = new URL(request.url);
      const size = Number(url.searchParams.get('page[size]') ?? MAX_PAGE);
      if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
        return invalid('page[size] must be a whole number from 1 to 100');
      const after = Number(url.searchParams.get('page[after]') ?? 0);
      const botName = db.installation().settings['bot_name'] ?? '';
      const events =
        file.conversation === undefined
          ? commentEvents(file)
          : file.conversation.map((entry, index) =>
              logEvent(entry, index, id, botName === '' ? [] : [botName]),
            );
      const page = events.slice(after, after + size);
      const more = after + size < events.length;
      const next = new URL(url);
      next.searchParams.set('page[after]', String(after + size));
      return HttpResponse.json({
        events: page,
        links: { next: more ? next.toString() : null, prev: null },
        meta: {
          after_cursor: more ? String(after + size) : null,
          before_cursor: null,
          has_more: more,
        },
      });
    }),
  ];
}
