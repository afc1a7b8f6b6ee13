import type { PartialContextPackage } from '../../src/core/contract';
import { DEMO_ACCOUNT } from '../../src/demo/demo-account';
import type { TicketFile, ZendeskTicket, ZendeskUser } from '../../src/demo/zendesk-records';
import { changedCopy } from './packages';

/**
 * Zendesk ticket records and demo ticket files with known content, so each test states exactly
 * what the app must show: the sidebar's ticket, a valid file to break, a bare search record.
 */
export const TICKET_ID = 501;
export const FIELD_ID = DEMO_ACCOUNT.contextFieldId;

const REQUESTER: ZendeskUser = {
  id: 7001,
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  role: 'end-user',
};

export interface TicketOptions {
  readonly id?: number;
  /** The context field's raw value; a non-string is stored as JSON text. Omit for an empty field. */
  readonly contextField?: unknown;
  readonly comment?: string;
  readonly tags?: readonly string[];
}

export function ticketFile(options: TicketOptions = {}): TicketFile {
  const id = options.id ?? TICKET_ID;
  const field = options.contextField;
  const value =
    field === undefined ? null : typeof field === 'string' ? field : JSON.stringify(field);
  const comment = options.comment ?? 'Ledgerline Bot handed this conversation to the team.';
  return {
    ticket: {
      id,
      subject: 'Charged twice',
      status: 'new',
      created_at: '2026-11-20T10:32:12Z',
      updated_at: '2026-11-20T10:32:12Z',
      requester_id: REQUESTER.id,
      tags: options.tags ?? ['handoff', 'handoff_rule_refund', 'handoff_type_keyword'],
      custom_fields: [{ id: FIELD_ID, value }],
    },
    comments: [
      {
        id: id * 10,
        author_id: REQUESTER.id,
        body: comment,
        public: true,
        created_at: '2026-11-20T10:32:12Z',
      },
    ],
    users: [REQUESTER],
  };
}

export const ZENDESK_CHAT_COMMENT = [
  'Chat started: 2026-11-20 10:31 AM UTC',
  '',
  '(10:31:58 AM) *** Ana Ruiz joined the chat ***',
  '(10:32:05 AM) Ana Ruiz: the Connect Stripe button does nothing',
  '(10:32:06 AM) Answer Bot: Could you allow pop-ups and try again?',
  '(10:35:30 AM) Ana Ruiz: is there a real person I can talk to?',
].join('\n');

export const BRACKETED_COMMENT = [
  '[2026-11-20 10:32] Customer: my invoice shows the wrong VAT number',
  '[2026-11-20 10:32] Bot: You can change it under Settings > Billing.',
  '[2026-11-20 10:34] Customer: I did, it still prints the old one',
].join('\n');

/**
 * The ZAF `get` calls that asked for the ticket or its fields. The adapter batches the gets of
 * one task, so one of them may carry the shell's `currentUser` too; a get of that alone is left out.
 */
export function briefGets(calls: readonly { kind: string; detail: string }[]) {
  return calls.filter(
    (call) =>
      call.kind === 'get' && call.detail.split(',').some((path) => path.startsWith('ticket')),
  );
}

/** Whether a recorded call is a get carrying `path`, alone or batched with others. */
export const getsPath = (call: { kind: string; detail: string }, path: string) =>
  call.kind === 'get' && call.detail.split(',').includes(path);

export function restCalls(calls: readonly { kind: string; detail: string }[]) {
  return calls.filter((call) => call.kind === 'request');
}

/** A small valid ticket file with every record kind, and a way to break one part of it at a time. */
export function validTicketFile(id = 501) {
  return {
    demo: { title: 'Sample', shows: 'What the sample shows' },
    ticket: {
      id,
      subject: 'Charged twice',
      description: '[2026-11-20 10:30] Customer: I was charged twice',
      status: 'new',
      created_at: '2026-11-20T10:32:12Z',
      updated_at: '2026-11-20T10:32:12Z',
      requester_id: 7,
      via: { channel: 'api' },
      tags: ['handoff', 'handoff_rule_refund', 'handoff_type_keyword'],
      custom_fields: [
        { id: 900000000001, value: '{"schema":"handoff-context/v1"}' },
        { id: 360001, value: null },
      ],
    },
    comments: [
      {
        id: 1,
        type: 'Comment',
        author_id: 9,
        body: '[2026-11-20 10:30] Customer: I was charged twice',
        public: false,
        created_at: '2026-11-20T10:32:12Z',
      },
    ],
    users: [
      { id: 7, name: 'Ana Ruiz', email: 'ana@example.com', role: 'end-user' },
      { id: 9, name: 'Ledgerline Bot', role: 'agent' },
    ],
  };
}

export const brokenFile = (path: readonly (string | number)[], value: unknown): unknown =>
  changedCopy(validTicketFile(), path, value);

/** A ticket record as search returns it, with nothing but its date and tags to tell it apart. */
export function searchRecord(id: number, created: string, tags: readonly string[]): ZendeskTicket {
  return {
    id,
    subject: `Ticket ${id}`,
    status: 'open',
    created_at: created,
    updated_at: created,
    requester_id: 1,
    tags: [...tags],
    custom_fields: [],
  };
}

/** A handed-off ticket holding a context package in the demo's context field. */
export function handoffTicket(
  id: number,
  pkg: PartialContextPackage & { trigger: { ruleId: string; type: string } },
): TicketFile {
  return {
    ticket: {
      id,
      subject: `Ticket ${id}`,
      description: 'Transcript below',
      status: 'new',
      created_at: '2026-11-20T10:30:00Z',
      updated_at: '2026-11-20T10:30:00Z',
      requester_id: 500 + id,
      tags: ['handoff', `handoff_rule_${pkg.trigger.ruleId.replace(/-/g, '_')}`],
      custom_fields: [
        {
          id: DEMO_ACCOUNT.contextFieldId,
          value: JSON.stringify({
            schema: 'handoff-context/v1',
            conversationId: `c_${id}`,
            handedOffAt: '2026-11-20T10:30:00Z',
            ...pkg,
          }),
        },
      ],
    },
    comments: [],
    users: [{ id: 500 + id, name: `Customer ${id}`, role: 'end-user' }],
  };
}
