/**
 * The 30-second brief's size. What the sidebar shows above the fold (reason, intent, identity,
 * page, ask, bot tried) stays at or under ABOVE_FOLD_WORD_BUDGET words, whatever the package
 * holds. The UI's own translated labels count too: they get LABEL_WORD_ALLOWANCE, and the
 * package's texts and figures share the rest, DATA_WORD_BUDGET.
 *
 * How the data budget is shared (word-limits.ts, share-words.ts), once per brief:
 * 1. Figures come off the top, one word each (see FIGURES_SHOWN_MAX).
 * 2. Every text shown gets its guaranteed minimum, WORD_MINIMUMS, or its whole length when it
 *    is shorter. The minimums fit even when every text is long and every figure is shown.
 * 3. The words left over go, in SPARE_WORDS_ORDER, to the texts that were cut: each takes what
 *    it needs to be shown whole, but never more than its WORD_MAXIMUMS, so one long message
 *    cannot push everything else down to its minimum.
 * 4. Each text is then cut on word boundaries to the words it was given.
 * A short ask thus leaves its words to what the bot tried, and a long ask is shown at length
 * when the rest of the package is short. Words a text does not need are never reserved for it.
 */
export const ABOVE_FOLD_WORD_BUDGET = 120;
export const LABEL_WORD_ALLOWANCE = 30;
export const DATA_WORD_BUDGET = ABOVE_FOLD_WORD_BUDGET - LABEL_WORD_ALLOWANCE;

/**
 * Word rule (see words.ts): a run of letters between spaces is one word per started
 * LONG_WORD_CHARS characters, so a URL or a megabyte without spaces counts for its length;
 * scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) count one word per
 * UNSPACED_CHARS_PER_WORD characters; combining marks and emoji joiners count nothing.
 */
export const LONG_WORD_CHARS = 16;
export const UNSPACED_CHARS_PER_WORD = 2;

/**
 * Words each text keeps whatever else the package holds (a shorter text keeps all of its own).
 * The rule id is shown only without a label. A message that is both the firing and the latest
 * one, or the only one known, gets both ask allowances (minimums and maximums alike); each of
 * the BOT_TRIES_SHOWN bot tries gets `botTry`.
 */
export const WORD_MINIMUMS = {
  ruleLabel: 5,
  ruleId: 2,
  matched: 4,
  intentName: 3,
  customerName: 4,
  email: 3,
  accountId: 2,
  planTier: 2,
  pageTitle: 5,
  pageUrl: 4,
  askFiring: 12,
  askLatest: 8,
  botTry: 5,
} as const;

/** A text of the brief that has a word allowance. */
export type TextSlot = keyof typeof WORD_MINIMUMS;

/** Most words each text may show, however many words are spare. */
export const WORD_MAXIMUMS = {
  ruleLabel: 8,
  ruleId: 4,
  matched: 6,
  intentName: 5,
  customerName: 6,
  email: 5,
  accountId: 4,
  planTier: 3,
  pageTitle: 10,
  pageUrl: 8,
  askFiring: 30,
  askLatest: 20,
  botTry: 16,
} as const satisfies Record<TextSlot, number>;

/**
 * Who gets spare words first: what the customer asked (the firing message, then the latest),
 * what the bot tried (most recent first), where they were, why the bot handed off, the bot's
 * guess, who they are, and last the details an agent can look up.
 */
export const SPARE_WORDS_ORDER = [
  'askFiring',
  'askLatest',
  'botTry',
  'pageTitle',
  'ruleLabel',
  'ruleId',
  'matched',
  'intentName',
  'customerName',
  'pageUrl',
  'email',
  'accountId',
  'planTier',
] as const satisfies readonly TextSlot[];

/**
 * @deprecated Texts are no longer cut at a fixed limit: these are now only the guaranteed
 * minimums (WORD_MINIMUMS); see WORD_MAXIMUMS and SPARE_WORDS_ORDER for the rest.
 */
export const WORD_LIMITS = WORD_MINIMUMS;

/** Distinct bot messages listed under "bot tried"; the rest are counted in `botTriedMore`. */
export const BOT_TRIES_SHOWN = 3;

/**
 * Figures shown above the fold count one word each: reason confidence and threshold, intent
 * confidence, each ask message's time, each repeated bot try's count, and the "more" count.
 */
export const FIGURES_SHOWN_MAX = 2 + 1 + 2 + BOT_TRIES_SHOWN + 1;
