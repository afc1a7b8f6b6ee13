import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import type { TicketFile, ZendeskUser } from '../../../src/demo/zendesk-records';
import { DEFAULT_SETTINGS } from '../../support/zaf-harness';

/** Ticket files with known content, so each test states exactly what the sidebar must show. */
export const TICKET_ID = 501;
export const FIELD_ID = DEMO_ACCOUNT.contextFieldId;

const REQUESTER: ZendeskUser = {
  id: 7001,
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  role: 'end-user',
};

/** Settings with the context field id given, so no lookup happens. */
export const WITH_FIELD_SETTING = { ...DEFAULT_SETTINGS, context_field_id: String(FIELD_ID) };

export function contextPackage(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'handoff-context/v1',
    conversationId: 'c_8f2',
    handedOffAt: '2026-11-20T10:32:11Z',
    model: 'async',
    trigger: {
      ruleId: 'refund',
      type: 'keyword',
      label: 'Refunds and billing disputes',
      matched: 'refund',
      messageIndex: 2,
    },
    intent: { name: 'billing.refund', confidence: 0.82 },
    customer: {
      name: 'Ana Ruiz',
      email: 'ana@example.com',
      accountId: 'ACME-2231',
      planTier: 'enterprise',
      authenticated: true,
    },
    page: { url: 'https://app.example.com/billing', title: 'Billing' },
    transcript: [
      { at: '2026-11-20T10:30:02Z', role: 'customer', text: 'I was charged twice this month' },
      { at: '2026-11-20T10:30:04Z', role: 'bot', kind: 'button', text: 'See refund policy' },
      {
        at: '2026-11-20T10:31:40Z',
        role: 'customer',
        text: 'I want a refund for the second charge',
      },
      { at: '2026-11-20T10:31:42Z', role: 'system', kind: 'event', text: 'Chat transferred' },
    ],
    ...changes,
  };
}

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

/** The ZAF `get` calls the sidebar itself made (the app shell's currentUser read left out). */
export function briefGets(calls: readonly { kind: string; detail: string }[]) {
  return calls.filter((call) => call.kind === 'get' && call.detail !== 'currentUser');
}

export function restCalls(calls: readonly { kind: string; detail: string }[]) {
  return calls.filter((call) => call.kind === 'request');
}
