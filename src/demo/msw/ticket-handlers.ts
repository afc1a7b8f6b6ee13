import { http, HttpResponse } from 'msw';
import type { DemoDb } from '../db/demo-db';
import { invalid, isRecord, notFound, readJsonBody } from './zendesk-errors';

function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/** Tickets and their comments, and the tag update the agent's verdict makes. */
export function createTicketHandlers(db: DemoDb) {
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
      if (db.ticketFile(id) === undefined) return notFound();
      const body = await readJsonBody(request);
      const ticket = isRecord(body) ? body['ticket'] : undefined;
      if (!isRecord(ticket)) return invalid('Body must be { "ticket": { ... } }');
      const add = stringList(ticket['additional_tags']);
      const remove = stringList(ticket['remove_tags']);
      if (add === undefined || remove === undefined)
        return invalid('Tags must be lists of strings');
      const updated = db.updateTags(id, add, remove);
      return updated === undefined ? notFound() : HttpResponse.json({ ticket: updated });
    }),
  ];
}
