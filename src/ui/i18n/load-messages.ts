import type { Messages } from './translation-key';

const FOLDER = '../../../translations/';

// Other locales load on demand so the first paint carries English only: each location brings
// the English it shows (the sidebar's is a part of the file), as the fallback for every locale.
// Vite needs the patterns as literals.
const lazyLocales = import.meta.glob<Messages>(
  ['../../../translations/*.json', '!../../../translations/en.json'],
  { import: 'default' },
);

const available = Object.keys(lazyLocales).map((path) =>
  path.slice(FOLDER.length, -'.json'.length),
);

/**
 * Files to try, best first: the exact region (`pt-BR`), the bare language (`de` for `de-CH`),
 * then any region of the language (`pt-BR` for `pt` or `pt-PT`): a near variant reads better
 * to an agent than English.
 */
function candidates(locale: string): string[] {
  const [rawLanguage = '', region] = locale.trim().replace(/_/g, '-').split('-');
  const language = rawLanguage.toLowerCase();
  const exact = region === undefined ? [] : [`${language}-${region.toUpperCase()}`];
  const variants = available.filter((name) => name.toLowerCase().startsWith(`${language}-`));
  return [...exact, language, ...variants];
}

export async function loadMessages(locale: string, english: Messages): Promise<Messages> {
  for (const name of candidates(locale)) {
    if (name === 'en') return english;
    const load = lazyLocales[`${FOLDER}${name}.json`];
    if (load !== undefined) return load();
  }
  return english;
}
