import type { Brief, ShortText } from './types.js';
import { countWords } from './words.js';

const words = (text: ShortText | undefined): number =>
  text === undefined ? 0 : countWords(text.text);
const figure = (value: unknown): number => (value === undefined ? 0 : 1);

/**
 * Figures the brief puts above the fold, one word each: a confidence, a threshold, a repeat
 * count, the "earlier" count, the answers before a request for a person or a rule, the turned-down and
 * repeated counts. (The ask's message times are in the transcript, not above the fold.) They depend on which texts are shown, never on how
 * many words each text was given.
 */
export function aboveFoldFigureCount(brief: Brief): number {
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
 * Words the brief's data puts above the fold, by the rule in budget.ts: every text shown in
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
