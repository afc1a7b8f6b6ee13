import { describe, expect, it } from 'vitest';
import {
  NAME_MAX_LENGTH,
  SHORT_DESCRIPTION_MAX_LENGTH,
} from '../../../scripts/app-checks/zendesk-rules';
import {
  SOURCE_LOCALE,
  paramsOf,
  readLocaleFiles,
  textsOf,
  withoutParams,
  type Entry,
  type LocaleFile,
} from './locale-files';

const files = readLocaleFiles();
const english = files.find((file) => file.locale === SOURCE_LOCALE);
if (english === undefined) throw new Error('translations/en.json is missing');
const translations = files.filter((file) => file !== english);
const EXPECTED_LOCALES = ['de', 'es', 'fr', 'ja', 'pt-BR'];

/**
 * Texts a locale may leave as in English: proper names, acronyms, and words the language
 * writes the same way (German "Bot", French "Actions"). Anything else identical is a miss.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  '*': ['Handoff Brief', 'URL', 'ID', 'CSV', 'Bot'],
  de: ['Agent', 'System', 'Details', 'Name', 'Schema', 'Text', 'Problem'],
  fr: ['Agent', 'Type', 'Actions', 'Conversation', 'Total', 'Urgent'],
  es: ['Plan {{tier}}', 'Total', 'no'],
  'pt-BR': ['{{field}}, item {{item}}', 'Total', '{{type}} · tag handoff_rule_{{id}}'],
  ja: [],
};

const byLocale = (file: LocaleFile): [string, LocaleFile] => [file.locale, file];
const pluralCategories = (locale: string) =>
  [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
const SAMPLES = [...Array.from({ length: 201 }, (_, n) => n), 0.5, 1.5, 1e6, 2e6, 1e6 + 1];
/** Whether more than one number selects `category`, so its text must show the number. */
function coversSeveralNumbers(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(locale);
  return SAMPLES.filter((n) => rules.select(n) === category).length > 1;
}

function englishEntry(path: string): Entry {
  const entry = english?.byPath.get(path);
  if (entry === undefined) throw new Error(`en.json has no ${path}`);
  return entry;
}

describe('the locale files', () => {
  it('include German, French, Spanish, Japanese and Brazilian Portuguese', () => {
    expect(translations.map((file) => file.locale)).toEqual(EXPECTED_LOCALES);
  });

  it.each(files.map(byLocale))('%s.json holds only texts and plural forms', (_locale, file) => {
    expect(file.entries.filter((entry) => entry.kind === 'invalid')).toEqual([]);
  });

  it.each(translations.map(byLocale))('%s.json has exactly the keys of en.json', (_l, file) => {
    const mine = new Set(file.entries.map((entry) => entry.path));
    const theirs = english.entries.map((entry) => entry.path);
    expect({
      missing: theirs.filter((path) => !mine.has(path)),
      extra: [...mine].filter((path) => !english.byPath.has(path)),
    }).toEqual({ missing: [], extra: [] });
  });

  it.each(translations.map(byLocale))('%s.json keeps the key order of en.json', (_l, file) => {
    const shared = english.entries.map((entry) => entry.path).filter((p) => file.byPath.has(p));
    expect(file.entries.map((entry) => entry.path).filter((p) => english.byPath.has(p))).toEqual(
      shared,
    );
  });

  it.each(files.map(byLocale))('%s.json has no empty text', (_locale, file) => {
    const empty = file.entries.filter((entry) => textsOf(entry).some((text) => !text.trim()));
    expect(empty.map((entry) => entry.path)).toEqual([]);
  });

  it.each(translations.map(byLocale))('%s.json keeps the {{params}} of en.json', (_l, file) => {
    const mismatches = file.entries.flatMap((entry) => {
      const source = english.byPath.get(entry.path);
      if (source === undefined) return [];
      const expected = paramsOf(textsOf(source).join(' '));
      if (entry.kind === 'text') {
        const actual = paramsOf(entry.text);
        return actual.join() === expected.join() ? [] : [{ path: entry.path, expected, actual }];
      }
      // A plural form may spell its number out ("einmal"), but no other parameter may go.
      return Object.entries(entry.kind === 'plural' ? entry.forms : {}).flatMap(([form, text]) => {
        const actual = paramsOf(text);
        const ok = expected.filter((name) => name !== 'count').every((n) => actual.includes(n));
        const unknown = actual.filter((name) => !expected.includes(name));
        return ok && unknown.length === 0
          ? []
          : [{ path: `${entry.path}.${form}`, expected, actual }];
      });
    });
    expect(mismatches).toEqual([]);
  });

  it.each(files.map(byLocale))(
    '%s.json gives each plural exactly the categories Intl.PluralRules selects',
    (locale, file) => {
      const wrong = file.entries.flatMap((entry) =>
        entry.kind === 'plural' &&
        Object.keys(entry.forms).sort().join() !== pluralCategories(locale).join()
          ? [{ path: entry.path, forms: Object.keys(entry.forms).sort() }]
          : [],
      );
      expect({ expected: pluralCategories(locale), wrong }).toEqual({
        expected: pluralCategories(locale),
        wrong: [],
      });
    },
  );

  it.each(files.map(byLocale))(
    '%s.json shows {{count}} in every plural form that more than one number selects',
    (locale, file) => {
      const hidden = file.entries.flatMap((entry) => {
        if (entry.kind !== 'plural') return [];
        if (!textsOf(englishEntry(entry.path)).some((text) => paramsOf(text).includes('count')))
          return [];
        return Object.entries(entry.forms)
          .filter(
            ([form, text]) => coversSeveralNumbers(locale, form) && !text.includes('{{count}}'),
          )
          .map(([form]) => `${entry.path}.${form}`);
      });
      expect(hidden).toEqual([]);
    },
  );

  it.each(translations.map(byLocale))('%s.json translates every text', (locale, file) => {
    const allowed = new Set([...(SAME_AS_ENGLISH['*'] ?? []), ...(SAME_AS_ENGLISH[locale] ?? [])]);
    const untranslated = file.entries.flatMap((entry) => {
      const source = english.byPath.get(entry.path);
      if (source === undefined || entry.kind !== 'text' || source.kind !== 'text') return [];
      const identical = entry.text === source.text;
      const hasWords = /\p{L}/u.test(withoutParams(entry.text));
      return identical && hasWords && !allowed.has(entry.text) ? [entry.path] : [];
    });
    expect(untranslated).toEqual([]);
  });

  it.each(files.map(byLocale))(
    '%s.json names the app "Handoff Brief" and fits the Marketplace limits',
    (_locale, file) => {
      const app = file.tree['app'];
      const text = (key: string) => (typeof app === 'object' ? app[key] : undefined);
      expect(text('name')).toBe('Handoff Brief');
      expect([...String(text('name'))].length).toBeLessThanOrEqual(NAME_MAX_LENGTH);
      expect([...String(text('short_description'))].length).toBeLessThanOrEqual(
        SHORT_DESCRIPTION_MAX_LENGTH,
      );
    },
  );
});
