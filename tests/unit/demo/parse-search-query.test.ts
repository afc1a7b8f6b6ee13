import { describe, expect, it } from 'vitest';
import { parseSearchQuery, type SearchQuery } from '../../../src/demo/search';

const DAY = 86_400_000;
const d = (day: string) => Date.parse(`${day}T00:00:00Z`);

function parsed(text: string): SearchQuery {
  const result = parseSearchQuery(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${JSON.stringify(result.issues)}`);
  return result.value;
}

describe('parseSearchQuery reads', () => {
  it.each([
    ['a type', 'type:ticket', { types: ['ticket'] }],
    ['a tag', 'tags:handoff', { tagGroups: [['handoff']] }],
    ['repeated tags as alternatives', 'tags:a tags:b', { tagGroups: [['a'], ['b']] }],
    ['a quoted tag list as one group', 'tags:"a b"', { tagGroups: [['a', 'b']] }],
    ['tags:none as the empty group', 'tags:none', { tagGroups: [[]] }],
    ['tags in lower case', 'tags:Handoff', { tagGroups: [['handoff']] }],
    ['an excluded tag', '-tags:handoff_needed', { excludedTags: ['handoff_needed'] }],
    ['a bare word', 'Invoice', { text: [{ words: ['invoice'], phrase: false, negated: false }] }],
    [
      'a quoted phrase',
      '"invoice copy"',
      { text: [{ words: ['invoice', 'copy'], phrase: true, negated: false }] },
    ],
    [
      'an excluded word',
      '-invoice',
      { text: [{ words: ['invoice'], phrase: false, negated: true }] },
    ],
  ])('%s', (_, text, expected) => {
    expect(parsed(text)).toMatchObject(expected);
  });

  it.each([
    ['on a day', 'created:2026-11-20', d('2026-11-20'), d('2026-11-21')],
    ['after a day, from the next one', 'created>2026-11-20', d('2026-11-21'), Infinity],
    ['from a day on', 'created>=2026-11-20', d('2026-11-20'), Infinity],
    ['before a day', 'created<2026-11-20', -Infinity, d('2026-11-20')],
    ['up to a day included', 'created<=2026-11-20', -Infinity, d('2026-11-20') + DAY],
    [
      'after an instant',
      'created>2026-11-20T10:00:00Z',
      Date.parse('2026-11-20T10:00:01Z'),
      Infinity,
    ],
    [
      'before an instant with an offset',
      'created<2026-11-20T10:00:00+02:00',
      -Infinity,
      Date.parse('2026-11-20T08:00:00Z'),
    ],
  ])('a date %s', (_, text, from, before) => {
    expect(parsed(text).created).toEqual([{ from, before }]);
  });

  it('reads the app count query whole', () => {
    expect(
      parsed('type:ticket tags:"handoff_rule_refund handoff_needed" created>=2026-08-23'),
    ).toEqual({
      types: ['ticket'],
      tagGroups: [['handoff_rule_refund', 'handoff_needed']],
      excludedTags: [],
      created: [{ from: d('2026-08-23'), before: Infinity }],
      text: [],
    });
  });
});

describe('parseSearchQuery refuses', () => {
  it.each([
    ['an empty query', '   ', 'empty_query', ['query']],
    ['an open quote', 'tags:"a b', 'unterminated_quote', ['query']],
    ['a keyword without a value', 'type:ticket tags:', 'missing_value', ['query', 1]],
    ['a keyword the demo does not search', 'status:open', 'unsupported_keyword', ['query', 0]],
    ['a comparison on tags', 'tags>a', 'unsupported_operator', ['query', 0]],
    ['an unknown type', 'type:article', 'invalid_value', ['query', 0]],
    ['a negated date', '-created>2026-01-01', 'unsupported_negation', ['query', 0]],
    ['an impossible date', 'created>2026-02-30', 'invalid_date', ['query', 0]],
    ['a US date', 'created>11/20/2026', 'invalid_date', ['query', 0]],
    ['a relative date', 'created>4hours', 'relative_date_unsupported', ['query', 0]],
  ])('%s', (_, text, code, path) => {
    const result = parseSearchQuery(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ code, path });
  });

  it('lists every issue at once', () => {
    const result = parseSearchQuery('status:open created>soon tags:');
    expect(!result.ok && result.issues.map((found) => found.code)).toEqual([
      'unsupported_keyword',
      'invalid_date',
      'missing_value',
    ]);
  });

  it.each(['"', '-', 'tags:"', ':::', '\u0000', 'created>'])('never throws, even on %j', (text) => {
    expect(() => parseSearchQuery(text)).not.toThrow();
  });
});
