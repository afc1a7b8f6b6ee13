import en from '../../../translations/en.json';
import type { Messages } from './translation-key';

export const fallbackMessages: Messages = en;

// Other locales load on demand so the sidebar's first paint carries English only.
const lazyLocales = import.meta.glob<Messages>(
  ['../../../translations/*.json', '!../../../translations/en.json'],
  {
    import: 'default',
  },
);

function candidates(locale: string): string[] {
  const [language, region] = locale.replace('_', '-').split('-');
  const names = region === undefined ? [] : [`${language}-${region.toUpperCase()}`];
  return [...names, language ?? 'en'];
}

export async function loadMessages(locale: string): Promise<Messages> {
  for (const name of candidates(locale)) {
    if (name === 'en') return en;
    const load = lazyLocales[`../../../translations/${name}.json`];
    if (load !== undefined) return load();
  }
  return en;
}
