import { describe, expect, it } from 'vitest';
import { computeInsights, csvCell, ruleTableCsv } from '../../../src/core/stats';
import { answeredCounts, NOW, TWO_RULE_COUNTS, TWO_RULES, withoutKeys } from './fixtures';

describe('csvCell', () => {
  it.each([
    ['plain text', 'Refunds', 'Refunds'],
    ['a comma', 'Refunds, disputes', '"Refunds, disputes"'],
    ['a double quote', 'The "no" rule', '"The ""no"" rule"'],
    ['a line break', 'two\nlines', '"two\nlines"'],
    ['a carriage return', 'two\r\nlines', '"two\r\nlines"'],
    ['a formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a leading plus', '+1 555', "'+1 555"],
    ['a leading minus', '-2+3', "'-2+3"],
    ['a leading at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['an equals sign inside', 'a=b', 'a=b'],
  ])('writes %s safely', (_, value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each([
    [null, ''],
    [42, '42'],
    [true, 'true'],
  ])('writes %s as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});

describe('ruleTableCsv', () => {
  const ruleSet = {
    ...TWO_RULES,
    rules: TWO_RULES.rules.map((rule, i) =>
      i === 0 ? { ...rule, label: '=cmd|"/c calc"' } : rule,
    ),
  };
  const counts = answeredCounts(ruleSet, TWO_RULE_COUNTS);

  it('writes the table with codes for headers, the numbers as the page shows them, CRLF ends', () => {
    const csv = ruleTableCsv(computeInsights(ruleSet, counts, NOW));
    expect(csv.split('\r\n')).toEqual([
      'rule_id,label,type,enabled,hits_7d,hits_30d,hits_90d,share_90d_percent,needed,unneeded,judged,precision_percent,partial',
      `refund,"'=cmd|""/c calc""",keyword,true,5,25,60,30.0,30,6,36,83.3,false`,
      'no-answer,No answer,confidence,true,12,45,110,55.0,10,30,40,25.0,false',
      '',
    ]);
  });

  it('leaves unknown figures empty and says the row is partial', () => {
    const partial = withoutKeys(counts, 'rule/refund/needed');
    const lines = ruleTableCsv(computeInsights(ruleSet, partial, NOW)).split('\r\n');
    expect(lines[1]).toBe(`refund,"'=cmd|""/c calc""",keyword,true,5,25,60,30.0,,6,,,true`);
  });

  it('uses translated headers and adds a totals row when asked', () => {
    const csv = ruleTableCsv(computeInsights(ruleSet, counts, NOW), {
      headers: { rule_id: 'Rule', label: 'Name, as shown' },
      totalLabel: 'All handoffs',
    });
    const lines = csv.split('\r\n');
    expect(lines[0]?.startsWith('Rule,"Name, as shown",type,')).toBe(true);
    expect(lines[3]).toBe(',All handoffs,,,20,80,200,100.0,70,50,120,58.3,false');
  });
});
