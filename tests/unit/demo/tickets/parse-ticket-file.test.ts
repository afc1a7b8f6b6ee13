import { describe, expect, it } from 'vitest';
import {
  describeTicketFileIssue,
  parseTicketFile,
  TICKET_FILE_ISSUE_CODES,
  zendeskRecords,
} from '../../../../src/demo/tickets';
import { brokenFile, validTicketFile } from '../../../support/tickets';

describe('parseTicketFile', () => {
  it('accepts a ticket file and keeps the REST keys it does not check', () => {
    const result = parseTicketFile(validTicketFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.ticket.id).toBe(501);
    expect(result.value.ticket).toMatchObject({ via: { channel: 'api' } });
    expect(result.value.comments[0]).toMatchObject({ type: 'Comment', public: false });
    expect(result.value.users.map((user) => user.role)).toEqual(['end-user', 'agent']);
    expect(result.value.demo).toEqual({ title: 'Sample', shows: 'What the sample shows' });
  });

  it('reads the same file from its JSON text', () => {
    const result = parseTicketFile(JSON.stringify(validTicketFile()));
    expect(result.ok && result.value.ticket.subject).toBe('Charged twice');
  });

  it('accepts a file without a demo note, tags or custom fields', () => {
    const file = brokenFile(['demo'], undefined) as ReturnType<typeof validTicketFile>;
    Reflect.deleteProperty(file.ticket, 'tags');
    Reflect.deleteProperty(file.ticket, 'custom_fields');
    const result = parseTicketFile(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.demo).toBeUndefined();
    expect(result.value.ticket.tags).toEqual([]);
    expect(result.value.ticket.custom_fields).toEqual([]);
  });

  it.each([
    ['not_json', [], '{"ticket": {'],
    ['not_object', [], [1, 2]],
    ['required', ['ticket'], brokenFile(['ticket'], undefined)],
    ['required', ['comments', 0], brokenFile(['comments'], [])],
    ['required', ['ticket', 'subject'], brokenFile(['ticket', 'subject'], undefined)],
    ['required', ['users', 0, 'name'], brokenFile(['users', 0, 'name'], null)],
    ['required', ['demo', 'shows'], brokenFile(['demo', 'shows'], undefined)],
    ['wrong_type', ['ticket'], brokenFile(['ticket'], 'ticket 501')],
    ['wrong_type', ['ticket', 'id'], brokenFile(['ticket', 'id'], '501')],
    ['wrong_type', ['ticket', 'id'], brokenFile(['ticket', 'id'], 2.5)],
    ['wrong_type', ['ticket', 'tags'], brokenFile(['ticket', 'tags'], 'handoff')],
    ['wrong_type', ['comments'], brokenFile(['comments'], { id: 1 })],
    ['wrong_type', ['comments', 0], brokenFile(['comments', 0], 'hello')],
    ['wrong_type', ['comments', 0, 'public'], brokenFile(['comments', 0, 'public'], 'no')],
    ['wrong_type', ['users', 1, 'email'], brokenFile(['users', 1, 'email'], 42)],
    ['invalid_value', ['ticket', 'status'], brokenFile(['ticket', 'status'], 'escalated')],
    ['invalid_value', ['users', 0, 'role'], brokenFile(['users', 0, 'role'], 'customer')],
    ['invalid_value', ['ticket', 'tags', 1], brokenFile(['ticket', 'tags', 1], 'two words')],
    ['invalid_date', ['ticket', 'created_at'], brokenFile(['ticket', 'created_at'], 'yesterday')],
    [
      'invalid_date',
      ['comments', 0, 'created_at'],
      brokenFile(['comments', 0, 'created_at'], '2026-11-20 10:32'),
    ],
    ['unknown_user', ['ticket', 'requester_id'], brokenFile(['ticket', 'requester_id'], 8)],
    ['unknown_user', ['comments', 0, 'author_id'], brokenFile(['comments', 0, 'author_id'], 3)],
    ['duplicate_id', ['users', 1, 'id'], brokenFile(['users', 1, 'id'], 7)],
  ])('reports %s at %j', (code, path, input) => {
    const result = parseTicketFile(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('lists every problem of a file at once', () => {
    const file = validTicketFile() as Record<string, unknown> & ReturnType<typeof validTicketFile>;
    Object.assign(file.ticket, { status: 'escalated', created_at: 'yesterday' });
    Object.assign(file.users[1] ?? {}, { role: 'bot' });
    Object.assign(file.comments[0] ?? {}, { author_id: 12 });
    const result = parseTicketFile(file);
    expect(result.ok ? [] : result.issues.map((found) => found.code).sort()).toEqual([
      'invalid_date',
      'invalid_value',
      'invalid_value',
      'unknown_user',
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      undefined,
      null,
      0,
      '',
      'null',
      {},
      { ticket: [] },
      { comments: [null] },
    ]) {
      expect(parseTicketFile(input).ok).toBe(false);
    }
  });
});

describe('zendeskRecords', () => {
  it('serves the ticket, comments and users without the picker note', () => {
    const result = parseTicketFile(validTicketFile());
    if (!result.ok) throw new Error('the sample file is valid');
    const records = zendeskRecords(result.value);
    expect(Object.keys(records)).toEqual(['ticket', 'comments', 'users']);
    expect(JSON.stringify(records)).not.toContain('What the sample shows');
  });
});

describe('describeTicketFileIssue', () => {
  it.each([
    [{ code: 'required', path: ['ticket', 'subject'] }, 'ticket.subject is required'],
    [
      { code: 'invalid_date', path: ['comments', 0, 'created_at'], params: { value: 'soon' } },
      'comments[0].created_at is not an ISO-8601 date-time ("soon")',
    ],
    [{ code: 'not_json', path: [] }, 'the file is not JSON'],
  ] as const)('words %j for the console', (found, words) => {
    expect(describeTicketFileIssue(found)).toBe(words);
  });

  it('has words for every issue code', () => {
    for (const code of TICKET_FILE_ISSUE_CODES) {
      expect(describeTicketFileIssue({ code, path: ['x'], params: {} })).toMatch(/^x \w/);
    }
  });
});
