import { describe, expect, it } from 'vitest';
import { DemoDb } from '../../../src/demo/db/demo-db';
import { AccountRateLimit } from '../../../src/demo/msw/rate-limit';
import type { TicketFile } from '../../../src/demo/zendesk-records';

function file(id: number, created: string): TicketFile {
  return {
    ticket: {
      id,
      subject: 'Charged twice',
      status: 'open',
      created_at: created,
      updated_at: created,
      requester_id: 1,
      tags: ['handoff'],
      custom_fields: [],
    },
    comments: [],
    users: [],
  };
}

describe('the demo account’s search index', () => {
  let now = Date.parse('2026-11-20T12:00:00Z');
  const db = new DemoDb(
    DemoDb.create(
      [file(1, '2026-11-19T09:00:00Z'), file(2, '2026-11-20T11:59:00Z')],
      {},
    ).snapshot(),
    () => new Date(now),
    new AccountRateLimit(),
  );
  db.indexLagMs = 120_000;
  const tagsOf = (id: number) => db.searchIndex().find((t) => t.id === id)?.tags;

  it('does not find a ticket created within the lag, as Zendesk’s index needs minutes', () => {
    expect(db.searchIndex().map((t) => t.id)).toEqual([1]);
    now += 120_000;
    expect(db.searchIndex().map((t) => t.id)).toEqual([1, 2]);
  });

  it('shows a change only once the lag has passed, the old tags until then', () => {
    db.updateTags(1, ['handoff_needed'], []);
    expect(db.ticketFile(1)?.ticket.tags).toEqual(['handoff', 'handoff_needed']);
    expect(tagsOf(1)).toEqual(['handoff']);
    now += 60_000;
    db.updateTags(1, [], ['handoff_needed']);
    now += 60_000;
    expect(tagsOf(1)).toEqual(['handoff', 'handoff_needed']);
    now += 60_000;
    expect(tagsOf(1)).toEqual(['handoff']);
  });
});
