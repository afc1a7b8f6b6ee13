import { describe, expect, it } from 'vitest';
import {
  matchesSearchQuery,
  parseSearchQuery,
  searchTicketRecords,
} from '../../../src/demo/search';
import { searchRecord } from '../../support/tickets';

const ticket = searchRecord;

const TICKETS = [
  ticket(1, '2026-11-19T23:59:59Z', ['handoff', 'handoff_rule_refund']),
  ticket(2, '2026-11-20T00:00:00Z', ['handoff']),
  ticket(3, '2026-11-20T12:00:00Z', ['handoff', 'handoff_needed']),
  ticket(4, '2026-11-21T00:00:00Z', []),
];

function ids(query: string): number[] {
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) throw new Error(`bad query ${query}: ${JSON.stringify(parsed.issues)}`);
  return TICKETS.filter((t) => matchesSearchQuery(parsed.value, t)).map((t) => t.id);
}

describe('the demo search answers the documented syntax the app sends', () => {
  it.each([
    ['every ticket for type:ticket', 'type:ticket', [1, 2, 3, 4]],
    ['no ticket for type:user', 'type:user', []],
    ['a tag', 'tags:handoff', [1, 2, 3]],
    ['days after a bare date, not that day', 'created>2026-11-19', [2, 3, 4]],
    ['days before a bare date, not that day', 'created<2026-11-20', [1]],
    [
      'the app’s window query',
      'type:ticket tags:handoff created>2026-11-19 created<2026-11-21',
      [2, 3],
    ],
  ])('%s', (_, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('sorts by creation either way, ties by id', () => {
    const parsed = parseSearchQuery('type:ticket');
    if (!parsed.ok) throw new Error('must parse');
    const newest = searchTicketRecords(TICKETS, parsed.value, { by: 'created_at', order: 'desc' });
    expect(newest.map((t) => t.id)).toEqual([4, 3, 2, 1]);
  });
});

describe('the demo search refuses what the app must not send', () => {
  it.each([
    ['an empty query', '   ', 'empty_query'],
    [
      '>= on a date, whose day semantics Zendesk leaves loose',
      'created>=2026-11-20',
      'unsupported_operator',
    ],
    ['<= on a date', 'created<=2026-11-20', 'unsupported_operator'],
    ['a quoted tag list, AND or OR undocumented', 'tags:"a b"', 'unsupported_term'],
    ['a negated tag', '-tags:handoff_needed', 'unsupported_term'],
    ['free text', 'invoice', 'unsupported_term'],
    ['a date and time', 'created>2026-11-20T10:00:00Z', 'invalid_date'],
    ['a relative date', 'created>7days', 'invalid_date'],
    ['a day that does not exist', 'created>2026-02-30', 'invalid_date'],
    ['a keyword it does not search', 'status:open', 'unsupported_keyword'],
    ['a comparison on tags', 'tags>a', 'unsupported_operator'],
    ['an unknown type', 'type:article', 'invalid_value'],
  ])('%s', (_, query, code) => {
    const parsed = parseSearchQuery(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((found) => found.code)).toContain(code);
  });
});
