import { isObject, type JsonObject } from '../../src/core/shared';
import { readJson, type AppFolder } from './app-folder';
import { problem, type Problem } from './problem';
import {
  LOCALE_FILE,
  MARKETPLACE_KEYS,
  NAME_MAX_LENGTH,
  SHORT_DESCRIPTION_MAX_LENGTH,
} from './zendesk-rules';

const LIMITS: Readonly<Record<string, number>> = {
  name: NAME_MAX_LENGTH,
  short_description: SHORT_DESCRIPTION_MAX_LENGTH,
};

/**
 * Every locale file carries the Marketplace keys and a label and help text for every parameter,
 * so no admin meets an untranslated settings page.
 */
export function checkTranslations(manifest: JsonObject, folder: AppFolder): Problem[] {
  const problems: Problem[] = [];
  const locale = manifest['defaultLocale'];
  if (typeof locale === 'string' && !folder.has(`translations/${locale}.json`)) {
    problems.push(
      problem(
        'translation_default_missing',
        `translations/${locale}.json`,
        'is missing: it is the defaultLocale',
      ),
    );
  }
  const parameters = parameterNames(manifest);
  for (const file of folder.files.filter((path) => path.startsWith('translations/'))) {
    if (!LOCALE_FILE.test(file)) {
      problems.push(
        problem('translation_locale_invalid', file, 'is not named for a locale (en, pt-BR, …)'),
      );
      continue;
    }
    const read = readJson(folder, file, 'translation_not_json');
    if (!read.ok) problems.push(read.problem);
    else if (!isObject(read.value))
      problems.push(problem('translation_not_json', file, 'is not a JSON object'));
    else problems.push(...checkLocaleFile(file, read.value, parameters));
  }
  return problems;
}

function checkLocaleFile(file: string, json: JsonObject, parameters: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const required = [
    ...MARKETPLACE_KEYS.map((key) => ['app', key]),
    ...parameters.flatMap((name) => [
      ['app', 'parameters', name, 'label'],
      ['app', 'parameters', name, 'helpText'],
    ]),
  ];
  for (const path of required) {
    const value = text(lookup(json, path));
    const key = path.join('.');
    if (value === undefined) {
      problems.push(problem('translation_key_missing', file, `has no text for ${key}`));
      continue;
    }
    const limit = LIMITS[path[1] ?? ''];
    if (path.length === 2 && limit !== undefined && [...value].length > limit) {
      problems.push(
        problem(
          'translation_too_long',
          file,
          `${key} has ${[...value].length} characters; the Marketplace allows ${limit}`,
        ),
      );
    }
  }
  return problems;
}

function parameterNames(manifest: JsonObject): string[] {
  const list = manifest['parameters'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) =>
    isObject(item) && typeof item['name'] === 'string' ? [item['name']] : [],
  );
}

function lookup(json: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), json);
}

/** A translation is a string or, for translators' notes, `{ "title": note, "value": text }`. */
function text(node: unknown): string | undefined {
  const value = isObject(node) ? node['value'] : node;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
