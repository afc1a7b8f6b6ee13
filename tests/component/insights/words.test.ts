import { describe, expect, it } from 'vitest';
import en from '../../../translations/en.json';
import { TRIGGER_TYPES } from '../../../src/core/contract';
import { RULE_TYPES } from '../../../src/core/routing';
import { RECOMMENDATION_CODES, RULE_FIGURES, RULE_TABLE_COLUMNS } from '../../../src/core/stats';

describe('the words of Insights', () => {
  it.each(RECOMMENDATION_CODES)('words the recommendation %s with its numbers', (code) => {
    expect(en.insights.advice[code]).toMatch(/\{\{\w+\}\}/);
  });

  it.each(RULE_TYPES)('says how to narrow a %s rule', (type) => {
    expect(en.insights.advice.narrow[type]).toMatch(/^Narrow it: /);
  });

  it.each(RULE_TABLE_COLUMNS)('heads the CSV column %s', (column) => {
    expect(en.insights.csv[column]).toMatch(/\S/);
  });

  it.each(TRIGGER_TYPES)('names the trigger type %s', (type) => {
    expect(en.insights.types[type]).toMatch(/\S/);
  });

  it.each(RULE_FIGURES)('names the figure %s when it is missing', (figure) => {
    expect(en.insights.missing[figure]).toMatch(/\S/);
  });
});
