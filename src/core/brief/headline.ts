import type { PartialContextPackage, TriggerType } from '../contract/index.js';
import { capitalized, isNonEmptyString } from '../shared/index.js';
import { withoutOpeningGreeting } from './message-sense.js';
import { lookUpRuleLabel } from './reason.js';
import { shortenText } from './words.js';
import type { BriefHeadline, BriefOptions, HandoffStarter } from './types.js';

const STARTERS: Readonly<Record<TriggerType, HandoffStarter>> = {
  customer: 'customer',
  keyword: 'rule',
  intent: 'rule',
  confidence: 'no_answer',
};

/** Shorter than this, an id's last part is jargon on its own ("2fa", "id"): its parent says more. */
const TERSE_PART_CHARS = 4;

/**
 * An intent id's most specific part as words: `billing.duplicate_charge` → "Duplicate charge",
 * and `account.2fa` → "Account 2fa". The headline has a dozen words; the category is in the
 * Bot's guess line below it.
 */
function intentTopic(id: string): string {
  const parts = id
    .split('.')
    .map((part) => part.replace(/[_-]+/gu, ' ').trim())
    .filter((part) => part !== '');
  const last = parts.at(-1) ?? id;
  const parent = parts.at(-2);
  const words =
    [...last].length < TERSE_PART_CHARS && parent !== undefined ? `${parent} ${last}` : last;
  return capitalized(words);
}

/** Where the headline's topic comes from, before it is cut to its words. */
export interface HeadlineSource {
  readonly topic?: string;
  readonly topicSource?: BriefHeadline['topicSource'];
}

/**
 * What the case is about, best source first: the bot's guess at the intent (as words), the
 * rule's label, or the start of what the customer asked (after any greeting). A customer-request rule's label only
 * says they asked for a person, which the headline says anyway: their own words say more.
 */
export function headlineTopic(
  pkg: PartialContextPackage,
  options: BriefOptions,
  askText: string | undefined,
): HeadlineSource {
  if (isNonEmptyString(pkg.intent?.name))
    return { topic: intentTopic(pkg.intent.name), topicSource: 'intent' };
  const trigger = pkg.trigger;
  const label = isNonEmptyString(trigger?.label)
    ? trigger.label
    : trigger === undefined
      ? undefined
      : lookUpRuleLabel(options.ruleLabels, trigger.ruleId);
  const ask = isNonEmptyString(askText) ? askText : undefined;
  if (label !== undefined && (trigger?.type !== 'customer' || ask === undefined))
    return { topic: label, topicSource: 'rule' };
  return ask === undefined ? {} : { topic: withoutOpeningGreeting(ask), topicSource: 'ask' };
}

/** The headline: the topic cut to `words`, who started the handoff, after how many answers. */
export function buildHeadline(
  pkg: PartialContextPackage,
  source: HeadlineSource,
  answers: number,
  words: number,
): BriefHeadline {
  const type = pkg.trigger?.type;
  return {
    ...(source.topic === undefined ? {} : { topic: shortenText(source.topic, words) }),
    ...(source.topicSource === undefined ? {} : { topicSource: source.topicSource }),
    ...(type === undefined ? {} : { starter: STARTERS[type] }),
    answers,
    ...(pkg.model === undefined ? {} : { model: pkg.model }),
  };
}
