import type { Brief, ShortText } from './types';
import { countWords } from './words';

const words = (text: ShortText | undefined): number =>
  text === undefined ? 0 : countWords(text.text);
const figure = (value: unknown): number => (value === undefined ? 0 : 1);

/**
 * Words the brief's data puts above the fold, by the rule in budget.ts: every text shown in
 * reason (the label, or the rule id when there is none), intent, identity, page, ask and bot
 * tried, plus one per figure shown (a confidence, a threshold, a message time, a repeat count,
 * the "more" count). Translated labels are not here: LABEL_WORD_ALLOWANCE covers them.
 * Never above DATA_WORD_BUDGET.
 */
export function aboveFoldWordCount(brief: Brief): number {
  const { reason, intent, identity, page } = brief;
  let total = 0;
  if (reason !== undefined) {
    total += words(reason.label ?? reason.ruleId) + words(reason.matched);
    total += figure(reason.confidence) + figure(reason.threshold);
  }
  if (intent !== undefined) total += words(intent.name) + figure(intent.confidence);
  total += words(identity.name) + words(identity.email);
  total += words(identity.accountId) + words(identity.planTier);
  if (page !== undefined) total += words(page.title) + words(page.url);
  for (const item of brief.ask) total += words(item.text) + figure(item.at);
  for (const tried of brief.botTried) total += words(tried.text) + (tried.times > 1 ? 1 : 0);
  return total + (brief.botTriedMore > 0 ? 1 : 0);
}
