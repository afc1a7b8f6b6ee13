import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/ui/i18n';
import {
  readThreshold,
  thresholdSummary,
  thresholdText,
} from '../../../src/ui/locations/nav-bar/rules/draft/threshold-text';

const translator = (locale: string) => createTranslator(locale, {}, {});
// The app's six languages, and one that writes digits of its own.
const LOCALES = ['en-US', 'de', 'fr', 'es', 'ja', 'pt-BR', 'ar-EG'] as const;

describe('thresholds as the agent’s locale writes them', () => {
  it.each([
    ['en-US', 0.6, '0.6'],
    ['de', 0.6, '0,6'],
    ['fr', 0.45, '0,45'],
    ['es', 0.6, '0,6'],
    ['pt-BR', 0.6, '0,6'],
    ['ja', 0.6, '0.6'],
    ['de', 1, '1'],
    ['de', 0.123456, '0,123456'],
  ])('writes %s %s as “%s”', (locale, value, text) => {
    expect(thresholdText(value, translator(locale))).toBe(text);
  });

  it.each(LOCALES)('reads back exactly the threshold it wrote for %s', (locale) => {
    const words = translator(locale);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        (value) => readThreshold(thresholdText(value, words)) === value,
      ),
    );
  });

  it('keeps the stored form where the locale’s own digits would not read back', () => {
    expect(thresholdText(0.6, translator('ar-EG'))).toBe('0.6');
  });

  it.each([
    ['0.6', '0,6'],
    [' 0,75 ', '0,75'],
    ['', '…'],
    ['abc', 'abc'],
  ])('summarises the typed threshold “%s” as “%s” in German', (typed, shown) => {
    expect(thresholdSummary(typed, (value) => thresholdText(value, translator('de')))).toBe(shown);
  });
});
