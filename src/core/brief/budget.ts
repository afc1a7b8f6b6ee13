import type { Brief, ShortText } from './types.js';
import { countWords, countWordsUpTo } from './words.js';

/**
 * The 30-second brief's size. What the sidebar shows above the fold (reason, intent, identity,
 * page, ask, bot tried) stays at or under ABOVE_FOLD_WORD_BUDGET words, whatever the package
 * holds. The UI's own translated labels count too: they get LABEL_WORD_ALLOWANCE, and the
 * package's texts and figures share the rest, DATA_WORD_BUDGET.
 *
 * How the data budget is shared, once per brief (shareWordBudget, below):
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

/**
 * A long conversation is read at its ends, never whole, so a brief costs the same for ten
 * messages or ten thousand: at most this many messages from the start (what the customer gave:
 * known.ts) and before the handoff (what the bot tried, the message that fired the rule).
 */
export const MESSAGES_READ = 200;

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

// The sharing rule, alone: what each text claims and what it gets.

/** One text's claim on the brief's shared words. */
export interface WordClaim {
  /** Words the whole text counts for; anything above `max` just means "longer than that". */
  readonly need: number;
  /** Guaranteed: the text gets this many words, or `need` when that is fewer. */
  readonly min: number;
  /** Never more than this, however many words are spare. */
  readonly max: number;
}

/**
 * Shares `available` words among `claims`, listed in priority order. Every claim first gets its
 * minimum (or its whole need when smaller); then, claim by claim in order, what is left tops
 * each up to its need, capped at its maximum. Returns the grants in claim order; they never add
 * up to more than `available`. One pass each way: linear in the number of claims.
 *
 * Throws when the minimums alone do not fit, a broken invariant: WORD_MINIMUMS are sized so
 * that every text at its minimum plus every figure fits DATA_WORD_BUDGET.
 */
export function shareWords(claims: readonly WordClaim[], available: number): number[] {
  const floors = claims.map((claim) => Math.max(0, Math.min(claim.need, claim.min)));
  let left = available - floors.reduce((sum, words) => sum + words, 0);
  if (left < 0) {
    throw new RangeError(
      `The word minimums need ${available - left} words but only ${available} are available`,
    );
  }
  return claims.map((claim, i) => {
    const floor = floors[i] ?? 0;
    const extra = Math.min(left, Math.max(0, Math.min(claim.need, claim.max) - floor));
    left -= extra;
    return floor + extra;
  });
}

// The words each text of one brief may show.

/** Words each text of one brief may show. */
export interface WordLimits {
  readonly headline: number;
  readonly ruleLabel: number;
  readonly ruleId: number;
  readonly matched: number;
  readonly intentName: number;
  readonly customerName: number;
  readonly email: number;
  readonly accountId: number;
  readonly planTier: number;
  readonly pageTitle: number;
  readonly pageUrl: number;
  /** By the ask item's position; absent positions take their minimum (askMinimum). */
  readonly ask: readonly number[];
  /** By the known fact's position. */
  readonly known: readonly number[];
  /** By rank, most recent first. */
  readonly botTries: readonly number[];
}

type ListKey = 'ask' | 'known' | 'botTries';
/** A limit of one text: a field of WordLimits, or a position in one of its lists. */
type LimitKey =
  Exclude<keyof WordLimits, ListKey> | { readonly list: ListKey; readonly at: number };

/** Every text at its guaranteed minimum: what a brief shows before words are shared out. */
export const MINIMUM_LIMITS: WordLimits = {
  headline: WORD_MINIMUMS.headline,
  ruleLabel: WORD_MINIMUMS.ruleLabel,
  ruleId: WORD_MINIMUMS.ruleId,
  matched: WORD_MINIMUMS.matched,
  intentName: WORD_MINIMUMS.intentName,
  customerName: WORD_MINIMUMS.customerName,
  email: WORD_MINIMUMS.email,
  accountId: WORD_MINIMUMS.accountId,
  planTier: WORD_MINIMUMS.planTier,
  pageTitle: WORD_MINIMUMS.pageTitle,
  pageUrl: WORD_MINIMUMS.pageUrl,
  ask: [],
  known: Array.from({ length: KNOWN_FACTS_MAX }, () => WORD_MINIMUMS.knownFact),
  botTries: Array.from({ length: BOT_TRIES_SHOWN }, () => WORD_MINIMUMS.botTry),
};

interface Claim extends WordClaim {
  readonly rank: number;
  readonly key: LimitKey;
}

/**
 * The texts of `draft` that show above the fold, each claiming words by its allowance, in
 * SPARE_WORDS_ORDER (bot tries keep their most-recent-first order within it).
 */
function claimsOf(draft: Brief): Claim[] {
  const claims: Claim[] = [];
  const claim = (text: ShortText | undefined, key: LimitKey, slots: readonly TextSlot[]) => {
    if (text === undefined) return;
    const max = slots.reduce((sum, slot) => sum + WORD_MAXIMUMS[slot], 0);
    const min = slots.reduce((sum, slot) => sum + WORD_MINIMUMS[slot], 0);
    const rank = Math.min(...slots.map((slot) => SPARE_WORDS_ORDER.indexOf(slot)));
    claims.push({ need: countWordsUpTo(text.full, max), min, max, rank, key });
  };
  const one = (slot: Exclude<LimitKey, object> & TextSlot, text: ShortText | undefined) =>
    claim(text, slot, [slot]);
  const { reason, intent, identity, page } = draft;
  draft.ask.forEach((item, at) => {
    const key = { list: 'ask', at } as const;
    if (draft.ask.length === 1) claim(item.text, key, ['askFirst', 'askMore']);
    else claim(item.text, key, [at === 0 ? 'askFirst' : 'askMore']);
  });
  // Most recent first: the try closest to the handoff gets spare words first.
  const tries = draft.botTried.length;
  for (let rank = 0; rank < tries; rank += 1) {
    claim(draft.botTried[tries - 1 - rank]?.text, { list: 'botTries', at: rank }, ['botTry']);
  }
  draft.known.forEach((fact, at) => claim(fact.text, { list: 'known', at }, ['knownFact']));
  one('headline', draft.headline.topic);
  one('pageTitle', page?.title);
  if (reason?.label === undefined) one('ruleId', reason?.ruleId);
  else one('ruleLabel', reason.label);
  one('matched', reason?.matched);
  one('intentName', intent?.name);
  one('customerName', identity.name);
  one('pageUrl', page?.url);
  one('email', identity.email);
  one('accountId', identity.accountId);
  one('planTier', identity.planTier);
  // Stable: claims of one slot (the bot tries) keep the order they came in.
  return claims.sort((a, b) => a.rank - b.rank);
}

/**
 * The word limits for a brief whose draft (any limits) is `draft`: the data budget less the
 * figures, shared among the texts shown as the rule above says. Which texts and figures show
 * does not depend on the limits, so the brief cut to these limits stays within budget.
 */
export function shareWordBudget(draft: Brief): WordLimits {
  const claims = claimsOf(draft);
  const grants = shareWords(claims, DATA_WORD_BUDGET - aboveFoldFigureCount(draft));
  const scalars: Record<Exclude<LimitKey, object>, number> = {
    headline: MINIMUM_LIMITS.headline,
    ruleLabel: MINIMUM_LIMITS.ruleLabel,
    ruleId: MINIMUM_LIMITS.ruleId,
    matched: MINIMUM_LIMITS.matched,
    intentName: MINIMUM_LIMITS.intentName,
    customerName: MINIMUM_LIMITS.customerName,
    email: MINIMUM_LIMITS.email,
    accountId: MINIMUM_LIMITS.accountId,
    planTier: MINIMUM_LIMITS.planTier,
    pageTitle: MINIMUM_LIMITS.pageTitle,
    pageUrl: MINIMUM_LIMITS.pageUrl,
  };
  const lists: Record<ListKey, number[]> = {
    ask: [],
    known: [...MINIMUM_LIMITS.known],
    botTries: [...MINIMUM_LIMITS.botTries],
  };
  claims.forEach(({ key }, i) => {
    // A blank text needs no words but a cut needs a positive limit; it shows nothing at any.
    const words = Math.max(1, grants[i] ?? 0);
    if (typeof key === 'object') lists[key.list][key.at] = words;
    else scalars[key] = words;
  });
  return { ...scalars, ...lists };
}

// Counting what a brief shows above the fold.

const words = (text: ShortText | undefined): number =>
  text === undefined ? 0 : countWords(text.text);
const figure = (value: unknown): number => (value === undefined ? 0 : 1);

/**
 * Figures the brief puts above the fold, one word each: a confidence, a threshold, a repeat
 * count, the "earlier" count, the answers before a request for a person or a rule, the turned-down and
 * repeated counts. (The ask's message times are in the transcript, not above the fold.) They depend on which texts are shown, never on how
 * many words each text was given.
 */
function aboveFoldFigureCount(brief: Brief): number {
  const { reason, headline, botTriedOutcome } = brief;
  let total = figure(reason?.confidence) + figure(reason?.threshold);
  total += intentConfidenceShown(brief) ? 1 : 0;
  for (const tried of brief.botTried) total += tried.times > 1 ? 1 : 0;
  const countsAnswers = headline.starter === 'customer' || headline.starter === 'rule';
  total += headline.answers > 0 && countsAnswers ? 1 : 0;
  total += botTriedOutcome.turnedDown > 0 ? 1 : 0;
  total += botTriedOutcome.repeated > 0 ? 1 : 0;
  return total + (brief.botTriedMore > 0 ? 1 : 0);
}

/**
 * The intent's confidence is shown unless the reason already shows the same figure (a
 * confidence fallback that fired on the intent's own confidence): one figure, said once.
 */
export function intentConfidenceShown(brief: Brief): boolean {
  const shown = brief.intent?.confidence;
  if (shown === undefined) return false;
  return brief.reason?.confidence !== shown;
}

/**
 * Words the brief's data puts above the fold, by the rule above: every text shown in
 * reason (the label, or the rule id when there is none), intent, identity, page, ask and bot
 * tried, plus one per figure shown (aboveFoldFigureCount). Translated labels are not here:
 * LABEL_WORD_ALLOWANCE covers them. Never above DATA_WORD_BUDGET.
 */
export function aboveFoldWordCount(brief: Brief): number {
  const { reason, intent, identity, page } = brief;
  let total = aboveFoldFigureCount(brief);
  total += words(brief.headline.topic);
  for (const fact of brief.known) total += words(fact.text);
  if (reason !== undefined) total += words(reason.label ?? reason.ruleId) + words(reason.matched);
  total += words(intent?.name);
  total += words(identity.name) + words(identity.email);
  total += words(identity.accountId) + words(identity.planTier);
  total += words(page?.title) + words(page?.url);
  for (const item of brief.ask) total += words(item.text);
  for (const tried of brief.botTried) total += words(tried.text);
  return total;
}
