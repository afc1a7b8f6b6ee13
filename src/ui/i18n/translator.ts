import type { Messages, Params, PluralKey, TranslationKey } from './translation-key';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'yi']);

export interface Translator {
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  t(key: TranslationKey, params?: Params): string;
  tp(key: PluralKey, count: number, params?: Params): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatDateTime(iso: string | number | Date, options?: Intl.DateTimeFormatOptions): string;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(template: string, params: Params | undefined): string {
  if (params === undefined) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

function textDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** Falls back to English per key, so a partly translated locale never shows a raw key. */
export function createTranslator(
  locale: string,
  messages: Messages,
  fallback: Messages,
  timeZone?: string,
): Translator {
  const safeLocale = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  const plurals = new Intl.PluralRules(safeLocale);
  const t = (key: string, params?: Params): string =>
    interpolate(lookup(messages, key) ?? lookup(fallback, key) ?? key, params);
  return {
    locale: safeLocale,
    dir: textDirection(locale),
    t,
    tp: (key, count, params) => {
      const category = plurals.select(count);
      const exact =
        lookup(messages, `${key}.${category}`) ?? lookup(fallback, `${key}.${category}`);
      const template =
        exact ?? lookup(messages, `${key}.other`) ?? lookup(fallback, `${key}.other`);
      return interpolate(template ?? key, {
        count: new Intl.NumberFormat(safeLocale).format(count),
        ...params,
      });
    },
    formatNumber: (value, options) => new Intl.NumberFormat(safeLocale, options).format(value),
    formatDateTime: (value, options) =>
      new Intl.DateTimeFormat(safeLocale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        ...(timeZone === undefined ? {} : { timeZone }),
        ...options,
      }).format(new Date(value)),
  };
}
