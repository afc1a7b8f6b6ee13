export { I18nProvider, useI18n } from './I18nProvider';
export { createTranslator, type Translator } from './translator';
export { loadMessages } from './load-messages';
export type { TranslationKey, PluralKey, Params, Messages } from './translation-key';
export { ruleLabelFor } from './rule-label';
