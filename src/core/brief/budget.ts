/**
 * The 30-second brief's size. What the sidebar shows above the fold (reason, intent, identity,
 * page, ask, bot tried) stays at or under ABOVE_FOLD_WORD_BUDGET words, whatever the package
 * holds. The UI's own translated labels count too: they get LABEL_WORD_ALLOWANCE, and the
 * package's texts and figures share the rest.
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

/** Most words each text of the brief may show. The rule id is shown only without a label. */
export const WORD_LIMITS = {
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
  /** The firing message and the latest customer message; one message alone gets both. */
  askFiring: 17,
  askLatest: 13,
  botTry: 6,
} as const;

/** Distinct bot messages listed under "bot tried"; the rest are counted in `botTriedMore`. */
export const BOT_TRIES_SHOWN = 3;

/**
 * Figures shown above the fold count one word each: reason confidence and threshold, intent
 * confidence, each ask message's time, each repeated bot try's count, and the "more" count.
 */
export const FIGURES_SHOWN_MAX = 2 + 1 + 2 + BOT_TRIES_SHOWN + 1;
