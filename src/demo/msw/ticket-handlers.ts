import { http, HttpResponse } from 'msw';
import type { DemoDb } from '../db/demo-db';
import type { ZendeskTicket } from '../zendesk-records';
import { invalid, isRecord, notFound, readJsonBody, zendeskError } from './zendesk-errors';

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/**
 * A safe update (`safe_update` with `updated_stamp`) goes through only when the stamp is the
 * ticket's `updated_at`; otherwise Zendesk answers 409 Conflict. Zendesk documents the status,
 * not the body, so the body here is a plausible one the app must not depend on.
 */
function staleStamp(body: Record<string, unknown>, ticket: ZendeskTicket): Response | undefined {
  const safe = body['safe_update'] === true || body['safe_update'] === 'true';
  const stamp = body['updated_stamp'];
  if (!safe || stamp === undefined) return undefined;
  if (typeof stamp === 'string' && Date.parse(stamp) === Date.parse(ticket.updated_at))
    return undefined;
  return zendeskError(409, 'UpdateConflict', 'The ticket was updated since updated_stamp.');
}

/**
 * Tickets and their comments, and the Tags endpoints. As Zendesk documents it: `tags` on
 * Update Ticket replaces every tag; `additional_tags` / `remove_tags` are documented only for
 * Update Many Tickets, so a single update carrying them is refused here rather than guessed at;
 * Add Tags (PUT) and Remove Tags (DELETE) change only the tags named, with an optional safe
 * update, and none of the Tags endpoints touch a closed ticket.
 */
export function createTicketHandlers(db: DemoDb) {
  const tagsEndpoint = (mode: 'add' | 'remove' | 'set') =>
    async function answer({
      params,
      request,
    }: {
      params: Record<string, string | readonly string[] | undefined>;
      request: Request;
    }) {
      const id = Number(params['id']);
      const ticket = db.ticketFile(id)?.ticket;
      if (ticket === undefined) return notFound();
      const body = await readJsonBody(request);
      const tags = isRecord(body) ? stringList(body['tags']) : undefined;
      if (!isRecord(body) || tags === undefined) return invalid('Body must be { "tags": [...] }');
      if (ticket.status === 'closed')
        return invalid('Tags of a closed ticket cannot be changed with the Tags endpoints');
      const conflict = staleStamp(body, ticket);
      if (conflict !== undefined) return conflict;
      const updated =
        mode === 'set'
          ? db.replaceTags(id, tags)
          : db.updateTags(id, mode === 'add' ? tags : [], mode === 'remove' ? tags : []);
      return HttpResponse.json({ tags: updated?.tags ?? [] });
    };
  const tagPaths = ['*/api/v2/tickets/:id/tags.json', '*/api/v2/tickets/:id/tags'];
  return [
    http.get('*/api/v2/tickets/:id.json', ({ params }) => {
      const file = db.ticketFile(Number(params['id']));
      return file === undefined ? notFound() : HttpResponse.json({ ticket: file.ticket });
    }),
    http.get('*/api/v2/tickets/:id/comments.json', ({ params }) => {
      const file = db.ticketFile(Number(params['id']));
      if (file === undefined) return notFound();
      return HttpResponse.json({
        comments: file.comments.map((c) => ({ ...c, plain_body: c.plain_body ?? c.body })),
        next_page: null,
        previous_page: null,
        count: file.comments.length,
      });
    }),
    http.put('*/api/v2/tickets/:id.json', async ({ params, request }) => {
      const id = Number(params['id']);
      const current = db.ticketFile(id)?.ticket;
      if (current === undefined) return notFound();
      const body = await readJsonBody(request);
      const ticket = isRecord(body) ? body['ticket'] : undefined;
      if (!isRecord(ticket)) return invalid('Body must be { "ticket": { ... } }');
      if ('additional_tags' in ticket || 'remove_tags' in ticket)
        return invalid('additional_tags and remove_tags are documented for update_many only');
      const conflict = staleStamp(ticket, current);
      if (conflict !== undefined) return conflict;
      if (ticket['tags'] === undefined) return HttpResponse.json({ ticket: current });
      const tags = stringList(ticket['tags']);
      if (tags === undefined) return invalid('Tags must be a list of strings');
      return HttpResponse.json({ ticket: db.replaceTags(id, tags) });
    }),
    ...tagPaths.flatMap((path) => [
      http.put(path, tagsEndpoint('add')),
      http.delete(path, tagsEndpoint('remove')),
      http.post(path, tagsEndpoint('set')),
    ]),
  ];
}
