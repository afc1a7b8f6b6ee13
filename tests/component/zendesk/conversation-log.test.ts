import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DemoDb } from '../../../src/demo/db/demo-db';
import { DEMO_BOT_NAME } from '../../../src/demo/demo-account';
import { createConversationLogHandlers } from '../../../src/demo/msw/conversation-log-handlers';
import { loadTicketFolder } from '../../../src/demo/tickets/load-ticket-folder';
import type { TicketFile } from '../../../src/demo/zendesk-records';
import { fetchConversationLog, readReplayTicket } from '../../../src/zendesk/ticket';
import { ORIGIN, zendeskClient } from './search-server';

const { tickets } = loadTicketFolder('tests/fixtures/tickets');
const sample = (id: number): TicketFile => {
  const file = tickets.find((f) => f.ticket.id === id);
  if (file === undefined) throw new Error(`no sample ${id}`);
  return file;
};

/** A messaging ticket whose conversation runs to `n` messages, alternating customer and bot. */
function longConversation(id: number, n: number): TicketFile {
  const base = sample(10020);
  return {
    ...base,
    ticket: { ...base.ticket, id },
    conversation: Array.from({ length: n }, (_, i) => ({
      attachments: [],
      author:
        i % 2 === 0
          ? { id: 1, name: 'Tomás Ferreira', role: 'end-user', avatar: '' }
          : { id: 2, name: DEMO_BOT_NAME, role: 'agent', avatar: '' },
      channel: { name: 'native_messaging' },
      message: { content: `message ${i}`, contentType: 'text/plain' },
      timestamp: new Date(Date.UTC(2026, 10, 24, 9, 0, i)).toISOString(),
    })),
  };
}

const db = DemoDb.create([...tickets, longConversation(777, 230)], { bot_name: DEMO_BOT_NAME });
const server = setupServer(...createConversationLogHandlers(db));
const seen: URL[] = [];
server.events.on('request:start', ({ request }) => void seen.push(new URL(request.url)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => void (seen.length = 0));
afterAll(() => server.close());

describe('the Conversation Log through the real ZendeskClient', () => {
  it('reads every message of a long conversation, oldest first, a cursor page of 100 at a time', async () => {
    const log = await fetchConversationLog(zendeskClient(), 777);
    if (!('entries' in log)) throw new Error('log not read');
    expect(log.entries.map((entry) => entry.content)).toEqual(
      Array.from({ length: 230 }, (_, i) => ({ type: 'text', text: `message ${i}` })),
    );
    expect(seen.map((url) => url.searchParams.get('page[size]'))).toEqual(['100', '100', '100']);
    expect(seen.every((url) => url.origin === ORIGIN)).toBe(true);
  });

  it('types authors as the log does: the customer user, the bot bot', async () => {
    const log = await fetchConversationLog(zendeskClient(), 10021);
    if (!('entries' in log)) throw new Error('log not read');
    expect(log.entries.slice(0, 2).map((entry) => entry.author.role)).toEqual(['end-user', 'bot']);
  });

  it('says a ticket that does not exist could not be read', async () => {
    const log = await fetchConversationLog(zendeskClient(), 4040, { retry: { maxAttempts: 1 } });
    expect('error' in log && log.error).toMatchObject({ kind: 'http', status: 404 });
  });

  it('replays a messaging ticket without a package from its log', async () => {
    const file = sample(10021);
    const reading = await readReplayTicket(
      zendeskClient(),
      {
        id: file.ticket.id,
        created_at: file.ticket.created_at,
        tags: file.ticket.tags,
        custom_fields: file.ticket.custom_fields,
        via: { channel: 'native_messaging' },
      },
      undefined,
      { botNames: [DEMO_BOT_NAME] },
    );
    expect(reading.kind).toBe('recovered');
    const roles = reading.kind === 'recovered' ? reading.package.transcript.map((m) => m.role) : [];
    expect(roles.slice(0, 4)).toEqual(['customer', 'bot', 'customer', 'bot']);
  });

  it('reads no log for a ticket a bot created with a full package', async () => {
    const file = tickets.find((f) => f.conversation === undefined && f.ticket.id < 10020);
    if (file === undefined) throw new Error('no classic sample');
    await readReplayTicket(
      zendeskClient(),
      { id: file.ticket.id, custom_fields: file.ticket.custom_fields },
      undefined,
    );
    expect(seen).toEqual([]);
  });

  it('answers 429 with Retry-After past its own 100 requests a minute, as Zendesk documents', async () => {
    const fresh = DemoDb.create(tickets, {});
    const local = setupServer(...createConversationLogHandlers(fresh));
    server.close();
    local.listen({ onUnhandledRequest: 'error' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 101; i += 1) {
        const response = await fetch(`${ORIGIN}/api/v2/tickets/10021/conversation_log`);
        statuses.push(response.status);
        if (response.status === 429) {
          expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
          expect(response.headers.get('Zendesk-RateLimit-omnilog-index')).toMatch(/total=100/);
        }
      }
      expect(statuses.filter((status) => status === 200)).toHaveLength(100);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      local.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});
