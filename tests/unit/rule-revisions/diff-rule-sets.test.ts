import { describe, expect, it } from 'vitest';
import { copyRuleAcross, diffRuleSets, sameRule } from '../../../src/core/rule-revisions';
import type { Rule } from '../../../src/core/routing';
import { doubt, human, legal, refund } from './fixtures';

const ids = (rules: readonly Rule[]) => rules.map((rule) => rule.id);
const refundMore: Rule = { ...refund, phrases: ['refund*', 'chargeback'] };

describe('sameRule', () => {
  it('ignores key order', () => {
    const reordered = JSON.parse(
      '{"phrases":["refund*"],"enabled":true,"label":"Refunds","type":"keyword","id":"refund"}',
    ) as Rule;
    expect(sameRule(refund, reordered)).toBe(true);
  });

  it('tells apart rules that differ in one phrase', () => {
    expect(sameRule(refund, refundMore)).toBe(false);
  });
});

describe('diffRuleSets', () => {
  it('pairs rules by id and names each status', () => {
    const rows = diffRuleSets([human, refund, legal], [human, refundMore, doubt]);
    expect(rows.map((row) => [row.id, row.status])).toEqual([
      ['human', 'same'],
      ['refund', 'changed'],
      ['legal', 'only_theirs'],
      ['no-answer', 'only_mine'],
    ]);
  });

  it('keeps both positions so a change of priority shows', () => {
    const [first] = diffRuleSets([refund, legal], [legal, refund]);
    expect(first).toMatchObject({
      id: 'legal',
      status: 'same',
      theirs: { position: 1 },
      mine: { position: 0 },
    });
  });

  it('puts a rule only theirs has at the top when it leads their list', () => {
    expect(diffRuleSets([human, refund], [refund]).map((row) => row.id)).toEqual([
      'human',
      'refund',
    ]);
  });
});

describe('copyRuleAcross', () => {
  it.each([
    [
      'replaces my version in place',
      [refundMore, legal],
      [legal, refund],
      'refund',
      ['legal', 'refund'],
    ],
    [
      'inserts their new rule after its predecessor',
      [refund, human, legal],
      [refund, legal],
      'human',
      ['refund', 'human', 'legal'],
    ],
    [
      'inserts at the top when theirs leads with it',
      [human, refund],
      [refund],
      'human',
      ['human', 'refund'],
    ],
    ['removes a rule they deleted', [refund], [refund, legal], 'legal', ['refund']],
  ] as const)('%s', (_, theirs, mine, id, expected) => {
    const next = copyRuleAcross(theirs, mine, id);
    expect(ids(next)).toEqual(expected);
    const copied = next.find((rule) => rule.id === id);
    if (copied !== undefined) expect(copied).toBe(theirs.find((rule) => rule.id === id));
  });
});
