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
export const LABEL_WORD_ALLOWANCE = 46;
export const DATA_WORD_BUDGET = ABOVE_FOLD_WORD_BUDGET - LABEL_WORD_ALLOWANCE;

/**
 * Word rule (see words.ts): a run of letters between spaces is one word per started
 * LONG_WORD_CHARS characters, so a URL or a megabyte without spaces counts for its length;
 * scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) count the words
 * Intl.Segmenter finds in them, and are cut only between those words; combining marks and
 * emoji joiners count nothing.
 */
export const LONG_WORD_CHARS = 16;

/**
 * Words each text keeps whatever else the package holds (a shorter text keeps all of its own).
 * The rule id is shown only without a label. The first ask item gets `askFirst`, each further
 * one `askMore`, and a lone item both (minimums and maximums alike); each of the
 * BOT_TRIES_SHOWN bot tries gets `botTry`, each known fact `knownFact`.
 */
export const WORD_MINIMUMS = {
  headline: 3,
  ruleLabel: 5,
  ruleId: 2,
  matched: 3,
  intentName: 2,
  customerName: 3,
  email: 3,
  accountId: 2,
  planTier: 1,
  pageTitle: 3,
  pageUrl: 3,
  askFirst: 9,
  askMore: 5,
  knownFact: 2,
  botTry: 5,
} as const;

/** A text of the brief that has a word allowance. */
export type TextSlot = keyof typeof WORD_MINIMUMS;

/** Most words each text may show, however many words are spare. */
export const WORD_MAXIMUMS = {
  headline: 6,
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
  askFirst: 30,
  askMore: 14,
  knownFact: 6,
  botTry: 12,
} as const satisfies Record<TextSlot, number>;

/**
 * Who gets spare words first: what the customer asked (their problem first, then the firing
 * and latest messages), why the bot handed off (the rule and the words that fired it), the
 * headline's topic, what the bot tried (most recent first), what they already gave, where
 * they were, the bot's guess, who they are, and last the details an agent can look up.
 */
export const SPARE_WORDS_ORDER = [
  'askFirst',
  'askMore',
  'ruleLabel',
  'ruleId',
  'matched',
  'headline',
  'botTry',
  'knownFact',
  'pageTitle',
  'intentName',
  'customerName',
  'pageUrl',
  'email',
  'accountId',
  'planTier',
] as const satisfies readonly TextSlot[];

/** Distinct bot tries listed under "bot tried"; the earlier ones are counted in `botTriedMore`. */
export const BOT_TRIES_SHOWN = 2;

/** Ask items: the customer's problem, the firing message, their latest message. */
export const ASK_ITEMS_MAX = 3;

/** Known facts (emails, references, form answers) listed above the fold. */
export const KNOWN_FACTS_MAX = 3;

/**
 * Figures shown above the fold count one word each: reason confidence and threshold (intent
 * confidence only when it differs), each repeated bot try's count, the "earlier" count, the
 * headline's answer count, and the turned-down and repeated counts.
 */
export const FIGURES_SHOWN_MAX = 2 + 1 + BOT_TRIES_SHOWN + 1 + 1 + 2;
