import { aboveFoldFigureCount } from './above-fold.js';
import {
  BOT_TRIES_SHOWN,
  DATA_WORD_BUDGET,
  KNOWN_FACTS_MAX,
  SPARE_WORDS_ORDER,
  WORD_MAXIMUMS,
  WORD_MINIMUMS,
  type TextSlot,
} from './budget.js';
import { shareWords, type WordClaim } from './share-words.js';
import type { Brief, ShortText } from './types.js';
import { countWordsUpTo } from './words.js';

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
 * figures, shared among the texts shown as budget.ts describes. Which texts and figures show
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
