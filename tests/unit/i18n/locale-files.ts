import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TRANSLATIONS = 'translations';
export const SOURCE_LOCALE = 'en';

export type Tree = { readonly [key: string]: string | Tree };

/** One thing a translator writes: a text, or the plural forms of one. */
export type Entry =
  | { readonly path: string; readonly kind: 'text'; readonly text: string }
  | {
      readonly path: string;
      readonly kind: 'plural';
      readonly forms: Readonly<Record<string, string>>;
    }
  | { readonly path: string; readonly kind: 'invalid'; readonly value: unknown };

export interface LocaleFile {
  readonly locale: string;
  readonly tree: Tree;
  readonly entries: readonly Entry[];
  /** By dotted path, for looking one up. */
  readonly byPath: ReadonlyMap<string, Entry>;
}

const PLURAL_CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ one, other }` and the like; `{ title, agent, other }` is a namespace that has an `other` key. */
function isPluralNode(value: unknown): value is Record<string, unknown> {
  if (!isObject(value) || !('other' in value)) return false;
  return Object.keys(value).every((key) => PLURAL_CATEGORIES.has(key));
}

/** Entries in file order; a plural node is one entry. */
function entriesOf(tree: unknown, prefix = ''): Entry[] {
  if (!isObject(tree)) return [];
  return Object.entries(tree).flatMap(([key, value]): Entry[] => {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') return [{ path, kind: 'text', text: value }];
    if (isPluralNode(value)) {
      const forms = Object.entries(value);
      return forms.every(([, form]) => typeof form === 'string')
        ? [{ path, kind: 'plural', forms: Object.fromEntries(forms) as Record<string, string> }]
        : [{ path, kind: 'invalid', value }];
    }
    if (isObject(value)) return entriesOf(value, `${path}.`);
    return [{ path, kind: 'invalid', value }];
  });
}

export function readLocaleFile(locale: string): LocaleFile {
  const tree = JSON.parse(readFileSync(join(TRANSLATIONS, `${locale}.json`), 'utf8')) as Tree;
  const entries = entriesOf(tree);
  return { locale, tree, entries, byPath: new Map(entries.map((entry) => [entry.path, entry])) };
}

/** Every locale file in translations/, English first. */
export function readLocaleFiles(): LocaleFile[] {
  const locales = readdirSync(TRANSLATIONS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort((a, b) => (a === SOURCE_LOCALE ? -1 : b === SOURCE_LOCALE ? 1 : a.localeCompare(b)));
  return locales.map(readLocaleFile);
}

/** The texts of an entry: one for a text, one per form for a plural. */
export function textsOf(entry: Entry): readonly string[] {
  if (entry.kind === 'text') return [entry.text];
  if (entry.kind === 'plural') return Object.values(entry.forms);
  return [];
}

/** The `{{name}}` placeholders `t()` fills (the translator's own pattern allows inner spaces). */
export function paramsOf(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '')),
  ].sort();
}

/** Text a reader sees once the placeholders are filled: what is left to translate. */
export const withoutParams = (text: string): string => text.replace(/\{\{\s*\w+\s*\}\}/g, '');

/** The text at a dotted path, for cross-checking one entry against another. */
export function textAt(file: LocaleFile, path: string): string {
  const entry = file.byPath.get(path);
  if (entry?.kind !== 'text') throw new Error(`${file.locale}.json has no text at ${path}`);
  return entry.text;
}
