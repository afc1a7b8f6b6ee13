import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  historyEntryFromText,
  parseHistory,
  pushHistory,
  serializeHistory,
} from '../../../src/core/rule-revisions';
import { serializeRuleSet } from '../../../src/core/routing';
import { refund, ruleSet } from './fixtures';

const revisions = (count: number) =>
  Array.from({ length: count }, (_, index) => ruleSet(count - index, [refund]));

describe('parseHistory', () => {
  it.each([[undefined], [null], [''], ['  ']])('reads %j as an empty history', (input) => {
    expect(parseHistory(input)).toEqual([]);
  });

  it('reads each stored rule set, newest first', () => {
    const entries = parseHistory(JSON.stringify(revisions(3)));
    expect(entries.map((entry) => entry.readable && entry.ruleSet.revision)).toEqual([3, 2, 1]);
  });

  it('keeps an entry it cannot read, verbatim, with its issues', () => {
    const odd = { schema: 'handoff-rules/v1', revision: 4, rules: [{ id: 'x', type: 'time' }] };
    const [entry] = parseHistory(JSON.stringify([odd]));
    expect(entry).toMatchObject({ readable: false, raw: odd });
    expect(entry?.readable === false && entry.issues.map((i) => i.code)).toContain('refused_type');
  });

  it('keeps a history that is not a list as one unreadable entry instead of dropping it', () => {
    const entries = parseHistory('{"not":"a list"');
    expect(entries).toEqual([expect.objectContaining({ readable: false, raw: '{"not":"a list"' })]);
    expect(serializeHistory(entries)).toBe(JSON.stringify(['{"not":"a list"']));
  });
});

describe('pushHistory', () => {
  it('puts the replaced rules on top', () => {
    const history = parseHistory(JSON.stringify(revisions(2)));
    const previous = historyEntryFromText(serializeRuleSet(ruleSet(3, [refund])));
    const next = pushHistory(history, previous);
    expect(next.map((entry) => entry.readable && entry.ruleSet.revision)).toEqual([3, 2, 1]);
  });

  it(`keeps only the newest ${HISTORY_LIMIT}, dropping the oldest`, () => {
    const history = parseHistory(JSON.stringify(revisions(HISTORY_LIMIT)));
    const previous = historyEntryFromText(serializeRuleSet(ruleSet(11, [refund])));
    const next = pushHistory(history, previous);
    expect(next).toHaveLength(HISTORY_LIMIT);
    expect(next[0]?.readable && next[0].ruleSet.revision).toBe(11);
    expect(next.at(-1)?.readable && next.at(-1)?.raw).toMatchObject({ revision: 2 });
  });

  it('keeps unreadable stored rules as an entry, so a save never drops them', () => {
    const next = pushHistory([], historyEntryFromText('not json at all'));
    expect(serializeHistory(next)).toBe(JSON.stringify(['not json at all']));
  });

  it('leaves the history as it is when nothing was stored before', () => {
    const history = parseHistory(JSON.stringify(revisions(1)));
    expect(pushHistory(history, undefined)).toEqual(history);
  });

  it('round-trips through its stored text unchanged', () => {
    const text = JSON.stringify(revisions(3));
    expect(serializeHistory(parseHistory(text))).toBe(text);
  });
});
