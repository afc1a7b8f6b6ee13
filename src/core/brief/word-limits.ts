import { aboveFoldFigureCount } from './above-fold.js';
import {
  BOT_TRIES_SHOWN,
  DATA_WORD_BUDGET,
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
  /** The firing message and the latest customer message, when they are two messages. */
  readonly askFiring: number;
  readonly askLatest: number;
  /** The one ask message, when there is only one. */
  readonly askOnly: number;
  /** By rank, most recent first. */
  readonly botTries: readonly number[];
}

/** A limit of one text: a field of WordLimits, or the rank of a bot try. */
type LimitKey = Exclude<keyof WordLimits, 'botTries'> | number;

/** Every text at its guaranteed minimum: what a brief shows before words are shared out. */
export const MINIMUM_LIMITS: WordLimits = {
  ...WORD_MINIMUMS,
  askOnly: WORD_MINIMUMS.askFiring + WORD_MINIMUMS.askLatest,
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
  const one = (slot: Exclude<LimitKey, number | 'askOnly'>, text: ShortText | undefined) =>
    claim(text, slot, [slot]);
  const { reason, intent, identity, page } = draft;
  for (const item of draft.ask) {
    if (draft.ask.length === 1) claim(item.text, 'askOnly', ['askFiring', 'askLatest']);
    else one(item.isFiring ? 'askFiring' : 'askLatest', item.text);
  }
  draft.botTried.forEach((tried, i) => claim(tried.text, i, ['botTry']));
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
  const scalars: Record<Exclude<LimitKey, number>, number> = { ...MINIMUM_LIMITS };
  const botTries = [...MINIMUM_LIMITS.botTries];
  claims.forEach(({ key }, i) => {
    // A blank text needs no words but a cut needs a positive limit; it shows nothing at any.
    const words = Math.max(1, grants[i] ?? 0);
    if (typeof key === 'number') botTries[key] = words;
    else scalars[key] = words;
  });
  return { ...scalars, botTries };
}
