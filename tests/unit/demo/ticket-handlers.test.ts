import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DemoDb } from '../../../src/demo/db/demo-db';
import { createTicketHandlers } from '../../../src/demo/msw/ticket-handlers';
import type { TicketFile } from '../../../src/demo/zendesk-records';

const ORIGIN = 'https://handoff-demo.zendesk.test';
const STAMP = '2026-11-20T10:32:12Z';

function file(status: TicketFile['ticket']['status'] = 'open'): TicketFile {
  return {
    ticket: {
      id: 7,
      subject: 'Charged twice',
      status,
      created_at: STAMP,
      updated_at: STAMP,
      requester_id: 1,
      tags: ['handoff', 'vip'],
      custom_fields: [],
    },
    comments: [],
    users: [],
  };
}

let db = DemoDb.create([file()], {});
const server = setupServer();

function useAccount(status: TicketFile['ticket']['status'] = 'open') {
  db = DemoDb.create([file(status)], {});
  server.use(...createTicketHandlers(db));
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => useAccount());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function send(method: string, path: string, body: unknown) {
  const response = await fetch(`${ORIGIN}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const savedTags = () => db.ticketFile(7)?.ticket.tags;

describe('the local host’s ticket and Tags endpoints, as Zendesk documents them', () => {
  it('replaces every tag when Update Ticket is given tags', async () => {
    const answer = await send('PUT', '/api/v2/tickets/7.json', { ticket: { tags: ['solo'] } });
    expect(answer.status).toBe(200);
    expect(savedTags()).toEqual(['solo']);
  });

  it('refuses additional_tags on a single-ticket update, documented for update_many only', async () => {
    const answer = await send('PUT', '/api/v2/tickets/7.json', {
      ticket: { additional_tags: ['handoff_needed'] },
    });
    expect(answer.status).toBe(422);
    expect(savedTags()).toEqual(['handoff', 'vip']);
  });

  it.each([
    ['PUT', ['handoff_needed'], ['handoff', 'vip', 'handoff_needed']],
    ['DELETE', ['vip'], ['handoff']],
    ['POST', ['only'], ['only']],
  ])('%s on the Tags endpoint changes the tags as documented', async (method, tags, after) => {
    const answer = await send(method, '/api/v2/tickets/7/tags.json', { tags });
    expect(answer).toEqual({ status: 200, body: { tags: after } });
    expect(savedTags()).toEqual(after);
  });

  it('answers a safe update with a stale stamp with 409 and changes nothing', async () => {
    db.updateTags(7, ['escalated'], []);
    const answer = await send('PUT', '/api/v2/tickets/7/tags.json', {
      tags: ['handoff_needed'],
      updated_stamp: STAMP,
      safe_update: true,
    });
    expect(answer.status).toBe(409);
    expect(savedTags()).toEqual(['handoff', 'vip', 'escalated']);
  });

  it('takes a safe update whose stamp is the ticket’s updated_at', async () => {
    const answer = await send('PUT', '/api/v2/tickets/7/tags.json', {
      tags: ['handoff_needed'],
      updated_stamp: STAMP,
      safe_update: 'true',
    });
    expect(answer.status).toBe(200);
    expect(db.ticketFile(7)?.ticket.updated_at).not.toBe(STAMP);
  });

  it('will not change the tags of a closed ticket through the Tags endpoints', async () => {
    server.resetHandlers();
    useAccount('closed');
    const answer = await send('PUT', '/api/v2/tickets/7/tags.json', { tags: ['x'] });
    expect(answer.status).toBe(422);
    expect(savedTags()).toEqual(['handoff', 'vip']);
  });
});
