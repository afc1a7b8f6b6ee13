import { describe, expect, it } from 'vitest';
import {
  matchesSearchQuery,
  parseSearchQuery,
  searchTicketRecords,
} from '../../../src/demo/search';
import type { ZendeskTicket } from '../../../src/demo/zendesk-records';

function ticket(id: number, created: string, tags: string[], subject = 'Question'): ZendeskTicket {
  return {
    id,
    subject,
    status: 'open',
    created_at: created,
    updated_at: created,
    requester_id: 1,
    tags,
    custom_fields: [],
  };
}

const TICKETS = [
  ticket(1, '2026-11-19T23:59:59Z', ['handoff', 'handoff_rule_refund', 'handoff_needed']),
  ticket(2, '2026-11-20T00:00:00Z', ['handoff', 'handoff_rule_refund']),
  ticket(3, '2026-11-20T12:00:00Z', ['handoff', 'handoff_rule_legal', 'handoff_needed']),
  ticket(4, '2026-11-21T00:00:00Z', [], 'Invoice copy for March'),
];

function ids(query: string): number[] {
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) throw new Error(`bad query ${query}`);
  return TICKETS.filter((t) => matchesSearchQuery(parsed.value, t)).map((t) => t.id);
}

describe('matchesSearchQuery', () => {
  it.each([
    ['every ticket for type:ticket', 'type:ticket', [1, 2, 3, 4]],
    ['no ticket for type:user', 'type:user', []],
    ['a tag', 'tags:handoff_rule_refund', [1, 2]],
    ['either of two repeated tags', 'tags:handoff_rule_refund tags:handoff_rule_legal', [1, 2, 3]],
    ['both of a quoted pair', 'tags:"handoff_rule_refund handoff_needed"', [1]],
    ['a tag less an excluded one', 'tags:handoff -tags:handoff_needed', [2]],
    ['tickets without tags', 'tags:none', [4]],
    ['the day after with >', 'created>2026-11-19', [2, 3, 4]],
    ['the day itself with >=', 'created>=2026-11-20', [2, 3, 4]],
    ['strictly before with <', 'created<2026-11-20', [1]],
    ['the day itself with <=', 'created<=2026-11-20', [1, 2, 3]],
    ['one day with :', 'created:2026-11-20', [2, 3]],
    ['a range', 'created>=2026-11-20 created<2026-11-21', [2, 3]],
    ['an instant', 'created>2026-11-20T00:00:00Z', [3, 4]],
    ['words in the subject, by prefix', 'invoice mar', [4]],
    ['a phrase in the subject', '"copy for march"', [4]],
    ['not a phrase out of order', '"march copy"', []],
    [
      'every term together',
      'type:ticket tags:handoff created>=2026-11-20 -tags:handoff_needed',
      [2],
    ],
  ])('finds %s', (_, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('searchTicketRecords', () => {
  const all = parseSearchQuery('type:ticket');
  if (!all.ok) throw new Error('type:ticket must parse');

  it.each([
    ['newest first', { by: 'created_at', order: 'desc' } as const, [4, 3, 2, 1]],
    ['oldest first', { by: 'created_at', order: 'asc' } as const, [1, 2, 3, 4]],
  ])('sorts %s', (_, sort, expected) => {
    expect(searchTicketRecords(TICKETS, all.value, sort).map((t) => t.id)).toEqual(expected);
  });

  it('keeps the given order when no sort is asked for', () => {
    const reversed = [...TICKETS].reverse();
    expect(searchTicketRecords(reversed, all.value).map((t) => t.id)).toEqual([4, 3, 2, 1]);
  });
});
