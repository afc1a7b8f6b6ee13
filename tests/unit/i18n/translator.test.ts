import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/ui/i18n';
import en from '../../../translations/en.json';

describe('createTranslator', () => {
  it.each([
    ['de', 'de'],
    ['pt-BR', 'pt-BR'],
    ['ja-JP', 'ja-JP'],
    ['he', 'he'],
    ['de_AT', 'de-AT'],
    [' fr-CA ', 'fr-CA'],
    ['zz-ZZ', 'en'],
    ['not a locale!', 'en'],
    ['', 'en'],
  ])('formats for an agent in %j in %j', (locale, expected) => {
    expect(createTranslator(locale, en, en).locale).toBe(expected);
  });

  it("formats numbers and dates in the agent's locale and time zone", () => {
    const de = createTranslator('de_DE', en, en, 'Europe/Berlin');
    expect(de.formatNumber(1234.5)).toBe('1.234,5');
    expect(de.formatNumber(0.25, { style: 'percent' })).toMatch(/^25\s%$/);
    // The same options again: the cached formatter, still German.
    expect(de.formatNumber(1234.5)).toBe('1.234,5');
    expect(de.formatDateTime('2026-03-01T23:30:00Z')).toBe('02.03.2026, 00:30');
    expect(de.formatDateTime('2026-03-01T23:30:00Z', { timeStyle: undefined })).toBe('02.03.2026');
  });

  it('counts with the plural rules of the resolved locale', () => {
    const english = createTranslator('zz-ZZ', en, en);
    expect(english.tp('sidebar.details.messages', 1)).toBe('1 message');
    expect(english.tp('sidebar.details.messages', 2000)).toBe('2,000 messages');
  });
});
