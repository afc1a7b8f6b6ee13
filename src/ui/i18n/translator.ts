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

/**
 * The locale to format in, and its plural rules: the agent's locale when the browser has its
 * language, else English. Resolved through the plural rules the translator needs anyway, not
 * `supportedLocalesOf`, whose first call loads ICU's whole locale list: tens of ms before the
 * brief could paint. A malformed tag (Intl throws on `de_AT`) is read with a hyphen.
 */
function resolveLocale(locale: string): { locale: string; plurals: Intl.PluralRules } {
  const tag = locale.trim().replace(/_/g, '-');
  const languageOf = (value: string) => value.toLowerCase().split('-')[0];
  try {
    const plurals = new Intl.PluralRules(tag);
    if (languageOf(plurals.resolvedOptions().locale) === languageOf(tag))
      return { locale: tag, plurals };
  } catch {
    // Not a locale tag at all: English, as for a language the browser lacks.
  }
  return { locale: 'en', plurals: new Intl.PluralRules('en') };
}

/** One formatter per locale and options: building an Intl formatter costs far more than using it. */
function cachedFormat<Options, Formatter>(
  build: (options: Options | undefined) => Formatter,
): (options?: Options) => Formatter {
  const made = new Map<string, Formatter>();
  return (options) => {
    const key = options === undefined ? '' : JSON.stringify(options);
    let formatter = made.get(key);
    if (formatter === undefined) {
      formatter = build(options);
      made.set(key, formatter);
    }
    return formatter;
  };
}

/** Falls back to English per key, so a partly translated locale never shows a raw key. */
export function createTranslator(
  locale: string,
  messages: Messages,
  fallback: Messages,
  timeZone?: string,
): Translator {
  const { locale: safeLocale, plurals } = resolveLocale(locale);
  const numberFormat = cachedFormat(
    (options: Intl.NumberFormatOptions | undefined) => new Intl.NumberFormat(safeLocale, options),
  );
  const dateTimeFormat = cachedFormat(
    (options: Intl.DateTimeFormatOptions | undefined) =>
      new Intl.DateTimeFormat(safeLocale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        ...(timeZone === undefined ? {} : { timeZone }),
        ...options,
      }),
  );
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
      return interpolate(template ?? key, { count: numberFormat().format(count), ...params });
    },
    formatNumber: (value, options) => numberFormat(options).format(value),
    formatDateTime: (value, options) => dateTimeFormat(options).format(new Date(value)),
  };
}
