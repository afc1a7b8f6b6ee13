import { describe, expect, it } from 'vitest';
import {
  RULE_TABLE_COLUMNS,
  computeInsights,
  csvCell,
  ruleTableCsv,
  type RuleTableCsvWords,
} from '../../../src/core/insights';
import { NOW, REFUND, TWO_RULES, handoffs } from './fixtures';

const WORDS: RuleTableCsvWords = {
  rowName: (row) => row.label ?? `rule ${row.ruleId}`,
  typeName: (type) => type.toUpperCase(),
  rowKind: (kind) => kind,
  yes: 'yes',
  no: 'no',
  totalName: 'All handoffs',
};

const figures = computeInsights({
  ruleSet: TWO_RULES,
  now: NOW,
  records: [
    ...handoffs(4, 2, [...REFUND, 'handoff_needed']),
    ...handoffs(3, 2, ['handoff_rule_access', 'handoff_type_intent']),
  ],
  missing: [],
  intentsRead: false,
});
const lines = ruleTableCsv(figures, WORDS).trimEnd().split('\r\n');
const cells = (line: string | undefined) => (line ?? '').split(',');
const column = (name: (typeof RULE_TABLE_COLUMNS)[number]) => RULE_TABLE_COLUMNS.indexOf(name);

describe('ruleTableCsv', () => {
  it('has the page’s rows, the removed rule included, then the total', () => {
    expect(lines.slice(1).map((line) => cells(line)[column('rule')])).toEqual([
      'Refunds',
      'No answer',
      'rule access',
      'All handoffs',
    ]);
    const hits = lines.slice(1, -1).map((line) => Number(cells(line)[column('hits_90d')]));
    expect(hits.reduce((a, b) => a + b, 0)).toBe(Number(cells(lines.at(-1))[column('hits_90d')]));
  });

  it('leaves precision blank where the page withholds it', () => {
    expect(cells(lines[1])[column('judged')]).toBe('4');
    expect(cells(lines[1])[column('precision_percent')]).toBe('');
  });

  it('says the period and when it was counted on every row, with readable types beside codes', () => {
    for (const line of lines.slice(1)) {
      expect(cells(line).slice(column('period_start'))).toEqual([
        figures.windowStart.days90,
        figures.today,
        figures.asOf,
      ]);
    }
    expect(cells(lines[1]).slice(column('type_code'), column('type') + 1)).toEqual([
      'keyword',
      'KEYWORD',
    ]);
  });

  it('neutralises a formula and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(null)).toBe('');
  });
});
