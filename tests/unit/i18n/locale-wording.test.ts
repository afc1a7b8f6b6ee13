import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLocaleFiles, textAt, textsOf, type LocaleFile } from './locale-files';

const files = readLocaleFiles();
const byLocale = (file: LocaleFile): [string, LocaleFile] => [file.locale, file];
const file = (locale: string): LocaleFile => {
  const found = files.find((f) => f.locale === locale);
  if (found === undefined) throw new Error(`translations/${locale}.json is missing`);
  return found;
};
const everyText = (f: LocaleFile) =>
  f.entries.flatMap((entry) => textsOf(entry).map((text) => ({ path: entry.path, text })));
const offending = (f: LocaleFile, bad: (text: string) => boolean) =>
  everyText(f)
    .filter(({ text }) => bad(text))
    .map(({ path }) => path);

/** The field's title is fixed by requirements.json in every account, so no locale translates it. */
const requirements = JSON.parse(readFileSync('requirements.json', 'utf8')) as {
  ticket_fields: { handoff_context: { title: string } };
};
const FIELD_TITLE = requirements.ticket_fields.handoff_context.title;

/** Texts that name another piece of the UI must use that piece's words in the same locale. */
const NAMES_ELSEWHERE: readonly (readonly [string, string])[] = [
  ['sidebar.field.notFound', 'app.parameters.context_field_id.label'],
  ['sidebar.field.unreadable', 'app.parameters.context_field_id.label'],
  ['insights.rulesNote.invalid', 'navBar.tabs.rules'],
  ['app.parameters.routing_rules.helpText', 'navBar.tabs.rules'],
  ['rules.import.hint', 'rules.status.save'],
  ['app.parameters.reply_opening.helpText', 'opening.tab'],
  ['opening.enabled', 'sidebar.actions.draft'],
];

const NAMES_THE_FIELD = [
  'app.installation_instructions',
  'sidebar.field.notFound',
  'insights.fieldMissing',
];

describe('the wording of every locale', () => {
  it.each(files.map(byLocale))(
    '%s.json names other parts of the UI by their own words',
    (_l, f) => {
      const broken = NAMES_ELSEWHERE.filter(
        ([path, named]) => !textAt(f, path).includes(textAt(f, named)),
      );
      expect(broken).toEqual([]);
    },
  );

  it.each(files.map(byLocale))('%s.json calls the ticket field by its real title', (_l, f) => {
    expect(NAMES_THE_FIELD.filter((path) => !textAt(f, path).includes(FIELD_TITLE))).toEqual([]);
  });

  // The tester parses these prefixes and the rules JSON these type names, in English only.
  it.each(files.map(byLocale))('%s.json keeps the literals the app parses', (_l, f) => {
    expect(textAt(f, 'rules.tester.conversationHint')).toMatch(/Bot:.*Customer:/);
    expect(textAt(f, 'rules.issues.unknown_type')).toMatch(/keyword.*customer.*intent.*confidence/);
    expect(textAt(f, 'rules.issues.wrong_schema')).toContain('"schema": "{{expected}}"');
  });
});

describe('the punctuation of each language', () => {
  const NARROW_NBSP = '\u202F';

  it('French puts a no-break space inside « » and before ; : ! ?', () => {
    const fr = file('fr');
    expect(offending(fr, (text) => /[ \t][;:!?»]|«[ \t]/.test(text))).toEqual([]);
    expect(offending(fr, (text) => /[^\u202F][;!?»]|«[^\u202F]/.test(text))).toEqual([]);
    expect(offending(fr, (text) => /[“”]/.test(text))).toEqual([]);
    expect(everyText(fr).some(({ text }) => text.includes(`«${NARROW_NBSP}`))).toBe(true);
  });

  it('German quotes „like this“ and never “like this”', () => {
    const de = file('de');
    expect(offending(de, (text) => /”/.test(text))).toEqual([]);
    expect(
      offending(de, (text) => (text.match(/„/g) ?? []).length !== (text.match(/“/g) ?? []).length),
    ).toEqual([]);
  });

  it('Japanese quotes with 「」 and uses full-width parentheses and question marks', () => {
    const ja = file('ja');
    expect(offending(ja, (text) => /[“”«»„]/.test(text))).toEqual([]);
    expect(
      offending(
        ja,
        (text) => (text.match(/「/g) ?? []).length !== (text.match(/」/g) ?? []).length,
      ),
    ).toEqual([]);
    expect(offending(ja, (text) => /[()?!]/.test(text))).toEqual([]);
  });

  it('Spanish opens every question with ¿', () => {
    expect(offending(file('es'), (text) => text.includes('?') && !text.includes('¿'))).toEqual([]);
  });

  it.each(['es', 'pt-BR'])('%s closes every “ it opens', (locale) => {
    const count = (text: string, mark: string) => text.split(mark).length - 1;
    expect(offending(file(locale), (text) => count(text, '“') !== count(text, '”'))).toEqual([]);
  });
});
