import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../../../../src/demo/demo-account';
import { parseTicketFile, ticketSnapshot } from '../../../../src/demo/tickets';
import type { TicketFile } from '../../../../src/demo/zendesk-records';
import { validTicketFile } from '../../../support/tickets';

function file(change: (raw: ReturnType<typeof validTicketFile>) => void = () => undefined) {
  const raw = validTicketFile();
  change(raw);
  const parsed = parseTicketFile(raw);
  if (!parsed.ok) throw new Error(`the sample file is valid: ${JSON.stringify(parsed.issues)}`);
  return parsed.value as TicketFile;
}

describe('ticketSnapshot', () => {
  it('gives the sidebar the requester, first comment, tags and raw context field', () => {
    expect(ticketSnapshot(file(), DEMO_ACCOUNT.contextFieldId)).toEqual({
      id: 501,
      subject: 'Charged twice',
      createdAt: '2026-11-20T10:32:12Z',
      tags: ['handoff', 'handoff_rule_refund', 'handoff_type_keyword'],
      contextField: '{"schema":"handoff-context/v1"}',
      requester: { name: 'Ana Ruiz', email: 'ana@example.com' },
      firstComment: {
        text: '[2026-11-20 10:30] Customer: I was charged twice',
        at: '2026-11-20T10:32:12Z',
        authorName: 'Ledgerline Bot',
      },
    });
  });

  it('reads the field by the id it is given', () => {
    expect(ticketSnapshot(file(), 360001).contextField).toBeNull();
    expect(ticketSnapshot(file(), 42)).not.toHaveProperty('contextField');
  });

  it('takes the earliest comment as the first, whatever the order in the file', () => {
    const snapshot = ticketSnapshot(
      file((raw) => {
        const [first] = raw.comments;
        if (first === undefined) throw new Error('the sample file has a comment');
        raw.comments.unshift({
          ...first,
          id: 2,
          author_id: 7,
          body: 'Any news?',
          created_at: '2026-11-21T08:00:00Z',
        });
      }),
      DEMO_ACCOUNT.contextFieldId,
    );
    expect(snapshot.firstComment?.text).toContain('charged twice');
  });

  it('leaves out the email of a requester who has none', () => {
    const snapshot = ticketSnapshot(
      file((raw) => Reflect.deleteProperty(raw.users[0] ?? {}, 'email')),
      DEMO_ACCOUNT.contextFieldId,
    );
    expect(snapshot.requester).toEqual({ name: 'Ana Ruiz' });
  });
});
