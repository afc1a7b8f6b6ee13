/** The languages the app writes a reply opening in: the six it speaks. */
export const OPENING_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR'] as const;
export type OpeningLanguage = (typeof OPENING_LANGUAGES)[number];

/** The opening language for a locale (`de-CH` → `de`, `pt` → `pt-BR`), if the app has it. */
export function openingLanguageOf(locale: string | undefined): OpeningLanguage | undefined {
  if (locale === undefined || locale.trim() === '') return undefined;
  const [language = ''] = locale.trim().replace(/_/gu, '-').toLowerCase().split('-');
  return OPENING_LANGUAGES.find((known) => known.toLowerCase().split('-')[0] === language);
}

/**
 * Who the opening speaks to decides its language: the conversation's own locale from the
 * package, else the requester's Zendesk language, else the agent's own.
 */
export function pickOpeningLanguage(candidates: readonly (string | undefined)[]): OpeningLanguage {
  for (const locale of candidates) {
    const language = openingLanguageOf(locale);
    if (language !== undefined) return language;
  }
  return 'en';
}
