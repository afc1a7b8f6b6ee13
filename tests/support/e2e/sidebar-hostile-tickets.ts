import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import type { TicketFile } from '../../../src/demo/zendesk-records';

const CORPUS = 'tests/fixtures/hostile/payloads.json';
const AT = (minute: number) => `2026-11-20T10:${String(minute % 60).padStart(2, '0')}:00Z`;
const REQUESTER = {
  id: 9001,
  name: 'Mallory',
  email: 'mallory@example.com',
  role: 'end-user',
} as const;

export interface HostilePayload {
  readonly category: string;
  readonly text: string;
}

export function loadPayloads(): HostilePayload[] {
  const corpus = JSON.parse(readFileSync(CORPUS, 'utf8')) as Record<string, unknown>;
  return Object.entries(corpus).flatMap(([category, list]) =>
    Array.isArray(list) ? list.map((text) => ({ category, text: String(text) })) : [],
  );
}

function ticket(id: number, contextField: string | null, comment: string): TicketFile {
  return {
    ticket: {
      id,
      subject: `Hostile ${id}`,
      status: 'new',
      created_at: '2026-11-20T10:40:00Z',
      updated_at: '2026-11-20T10:40:00Z',
      requester_id: REQUESTER.id,
      tags: ['handoff'],
      custom_fields: [{ id: DEMO_ACCOUNT.contextFieldId, value: contextField }],
    },
    comments: [
      { id: id * 10, author_id: REQUESTER.id, body: comment, public: true, created_at: AT(40) },
    ],
    users: [REQUESTER],
  };
}

/** Every text field of a package holds the payload, messages of each role and kind included. */
function packageCarrying(text: string, changes: Record<string, unknown> = {}) {
  return {
    schema: 'handoff-context/v1',
    conversationId: 'hostile',
    handedOffAt: AT(39),
    trigger: { ruleId: 'refund', type: 'keyword', label: text, matched: 'refund', messageIndex: 2 },
    intent: { name: text, confidence: 0.5 },
    customer: { name: text, email: text, accountId: text, planTier: text, authenticated: false },
    page: { url: text, title: text },
    transcript: [
      { at: AT(30), role: 'customer', text },
      { at: AT(31), role: 'bot', kind: 'button', text },
      { at: AT(32), role: 'customer', text: `refund ${text}` },
      { at: AT(33), role: 'bot', kind: 'form', text },
      { at: AT(34), role: 'agent', text },
      { at: AT(35), role: 'system', kind: 'event', text },
    ],
    ...changes,
  };
}

/** A marker no payload contains, put first in the rule label to tell one brief from the next. */
export const marker = (index: number) => `[[m${index}]]`;

/** The field text for a payload: a valid package, or (`broken`) one the contract refuses. */
export function fieldCarrying(text: string, index: number, broken: boolean): string {
  const trigger = { ruleId: 'refund', type: 'keyword', matched: 'refund', messageIndex: 2 };
  const label = `${marker(index)} ${text}`;
  return JSON.stringify(
    packageCarrying(text, {
      trigger: { ...trigger, label },
      ...(broken ? { model: text, conversationId: 7 } : {}),
    }),
  );
}

/** The ticket the field editor rewrites, payload after payload. */
export function editorTicket(id: number): TicketFile {
  return ticket(id, fieldCarrying('start', 0, false), 'Hello');
}

/**
 * Tickets with no package whose first comment holds payloads as transcript lines, so the
 * payloads also travel the recovered-transcript path (comment text through REST).
 */
export function commentTickets(
  payloads: readonly HostilePayload[],
  firstId: number,
  perTicket: number,
): TicketFile[] {
  const files: TicketFile[] = [];
  for (let start = 0; start < payloads.length; start += perTicket) {
    const lines = payloads.slice(start, start + perTicket).flatMap(({ text }, offset) => {
      const oneLine = text.replace(/[\r\n\u2028\u2029]/g, ' ');
      const minute = String(10 + offset).padStart(2, '0');
      return [
        `[2026-11-20 10:${minute}] Customer: ${oneLine}`,
        `[2026-11-20 10:${minute}] Bot: ${oneLine}`,
      ];
    });
    lines.push('[2026-11-20 10:59] Customer: refund please');
    files.push(ticket(firstId + files.length, null, lines.join('\n')));
  }
  return files;
}

const MEGABYTE = 1024 * 1024;
/** The multi-line field's limit as Zendesk documents it for text fields. */
const FIELD_LIMIT_CHARS = 65_535;

/** Sizes and shapes that must not freeze or break the sidebar. */
export function sizeTickets(firstId: number): { id: number; shows: string; file: TicketFile }[] {
  const megabyte = `${'lorem ipsum '.repeat(MEGABYTE / 12)}<script>alert(1)</script> refund`;
  const tenThousand = Array.from({ length: 10_000 }, (_, i) => ({
    at: new Date(Date.UTC(2026, 10, 1) + i * 30_000).toISOString(),
    role: i % 2 === 0 ? 'customer' : 'bot',
    text: i === 9_000 ? 'I want a refund <img src=x onerror=alert(1)>' : `message ${i}`,
  }));
  const atLimit = packageCarrying('<b>limit</b>');
  const filler: unknown[] = [...(atLimit.transcript as unknown[])];
  while (JSON.stringify({ ...atLimit, transcript: filler }).length < FIELD_LIMIT_CHARS - 200) {
    filler.push({ at: AT(36), role: 'customer', text: 'more words to fill the field <i>x</i>' });
  }
  const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const deepObject = `{"a":`.repeat(20_000) + '1' + '}'.repeat(20_000);
  const cases: [string, string | null][] = [
    [
      'a 1 MB customer message',
      JSON.stringify(
        packageCarrying('<b>x</b>', {
          transcript: [{ at: AT(30), role: 'customer', text: megabyte }],
          trigger: { ruleId: 'refund', type: 'keyword', matched: 'refund', messageIndex: 0 },
        }),
      ),
    ],
    [
      '10,000 messages',
      JSON.stringify(
        packageCarrying('<b>x</b>', {
          transcript: tenThousand,
          trigger: { ruleId: 'refund', type: 'keyword', matched: 'refund', messageIndex: 9_000 },
        }),
      ),
    ],
    ['a package at the field limit', JSON.stringify({ ...atLimit, transcript: filler })],
    ['100,000 nested arrays', nested],
    [
      'an unknown field nested 20,000 deep',
      JSON.stringify(packageCarrying('<b>x</b>')).replace(/^\{/, `{"vendor":${deepObject},`),
    ],
    ['a megabyte that is not JSON', `{${'<svg onload=alert(1)>'.repeat(MEGABYTE / 21)}`],
  ];
  return cases.map(([shows, field], index) => ({
    id: firstId + index,
    shows,
    file: ticket(firstId + index, field, 'Hello'),
  }));
}

/** Writes ticket files to a fresh temporary folder for a second demo server. */
export function writeTicketFolder(files: readonly TicketFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-hostile-'));
  for (const file of files) {
    writeFileSync(join(dir, `${file.ticket.id}-hostile.json`), JSON.stringify(file));
  }
  return dir;
}
