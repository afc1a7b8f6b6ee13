import { describe, expect, it } from 'vitest';
import en from '../../../translations/en.json';
import { TRIGGER_TYPES } from '../../../src/core/contract';
import { DEFAULT_RULES } from '../../../src/core/routing';
import {
  RECOMMENDATION_CODES,
  RULE_TABLE_COLUMNS,
  computeInsights,
  type Recommendation,
} from '../../../src/core/insights';
import { createTranslator } from '../../../src/ui/i18n';
import { intentName } from '../../../src/core/shared';
import { recommendationWording } from '../../../src/ui/locations/nav-bar/insights/recommendation-wording';

const i18n = createTranslator('en', en, en);
const figures = computeInsights({
  ruleSet: DEFAULT_RULES,
  now: new Date('2026-11-26T15:00:00Z'),
  records: [],
  missing: [],
  intentsRead: true,
});
const format = {
  wholePercent: (n: number) => `${n}%`,
} as unknown as Parameters<typeof recommendationWording>[1]['format'];

const PARAMS: Record<string, Recommendation['params']> = {
  lower_threshold: {
    ruleId: 'no-answer',
    label: 'No answer',
    needed: 30,
    unneeded: 81,
    judged: 111,
    precisionPercent: 27,
    below: 0.6,
    target: 0.45,
    avoided: 31,
    lost: 4,
  },
  narrow_phrase: {
    ruleId: 'refund',
    label: 'Refunds',
    needed: 5,
    unneeded: 20,
    judged: 25,
    precisionPercent: 20,
    phrase: 'refund status',
    phraseUnneeded: 15,
    phraseNeeded: 1,
  },
  narrow_rule: {
    ruleId: 'legal',
    label: 'Legal',
    needed: 4,
    unneeded: 9,
    judged: 13,
    precisionPercent: 31,
  },
  cover_intent: { intent: 'billing.invoice_copy', count: 89, sharePercent: 40, considered: 220 },
  consider_removing_rule: { ruleId: 'legal', label: 'Legal', days: 90, hits: 0 },
  start_narrow: { enabled: 7, limit: 5 },
  judge_more_handoffs: { judged: 12, handoffs: 200, judgedPercent: 6 },
};

describe('the words of Insights', () => {
  it.each(RECOMMENDATION_CODES)(
    'words the recommendation %s with every number it rests on',
    (code) => {
      const params = PARAMS[code] ?? {};
      const words = recommendationWording(
        { code, params },
        { i18n, format, figures, ruleSet: DEFAULT_RULES },
      );
      const text = `${words.finding} ${words.action ?? ''}`;
      expect(text).not.toMatch(/\{\{|undefined|NaN/);
      for (const value of Object.values(params)) {
        if (typeof value === 'number' && !['precisionPercent', 'hits'].includes(String(value)))
          continue;
      }
      if (code === 'lower_threshold')
        expect(words.action).toBe(
          'Lower its threshold from 0.6 to 0.45: 31 of the 81 unnecessary handoffs had a confidence between 0.45 and 0.6, against 4 needed ones.',
        );
      if (code === 'narrow_phrase')
        expect(words.action).toContain(
          '“refund status”: it fired 15 of the 20 unnecessary handoffs',
        );
      if (code === 'cover_intent') expect(words.finding).toContain('“Billing › invoice copy”');
    },
  );

  it.each(TRIGGER_TYPES)('says how to narrow a %s rule', (type) => {
    expect(en.insights.advice.narrow[type]).toMatch(/\S/);
  });

  it.each(RULE_TABLE_COLUMNS)('heads the CSV column %s', (column) => {
    expect(en.insights.csv[column]).toMatch(/\S/);
  });

  it.each([...TRIGGER_TYPES, 'unknown' as const])('names the trigger type %s', (type) => {
    expect(en.insights.types[type]).toMatch(/\S/);
  });

  it.each([
    ['billing.duplicate_charge', 'Billing › duplicate charge'],
    ['account.2fa', 'Account › 2fa'],
    ['refund', 'Refund'],
    ['...', '...'],
  ])('reads the intent id %s as “%s”', (id, words) => {
    expect(intentName(id)).toBe(words);
  });
});
