import { TRIGGER_TYPES, type Intent, type Trigger } from '../contract/index.js';
import { ruleTag } from '../routing/index.js';
import { isNonEmptyString, isUnitInterval } from '../shared/index.js';
import { shortenText } from './words.js';
import type { BriefIntent, BriefOptions, BriefReason, GapCode } from './types.js';
import type { WordLimits } from './budget.js';

type RuleLabels = NonNullable<BriefOptions['ruleLabels']>;

/** A Map or a plain record; own keys only, so `constructor` or `__proto__` ids find nothing. */
export function lookUpRuleLabel(
  labels: RuleLabels | undefined,
  ruleId: string,
): string | undefined {
  if (labels === undefined) return undefined;
  const label: unknown =
    labels instanceof Map
      ? labels.get(ruleId)
      : Object.hasOwn(labels, ruleId)
        ? (labels as Readonly<Record<string, unknown>>)[ruleId]
        : undefined;
  return isNonEmptyString(label) ? label : undefined;
}

function labelOf(
  trigger: Trigger,
  labels: RuleLabels | undefined,
  limit: number,
): Pick<BriefReason, 'label' | 'labelSource'> {
  if (isNonEmptyString(trigger.label)) {
    return { label: shortenText(trigger.label, limit), labelSource: 'package' };
  }
  const fromRules = lookUpRuleLabel(labels, trigger.ruleId);
  return fromRules === undefined
    ? {}
    : { label: shortenText(fromRules, limit), labelSource: 'rules' };
}

/** Why the bot handed off, and what the trigger leaves unsaid. */
export function buildReason(
  trigger: Trigger | undefined,
  messageIndex: number | undefined,
  labels: RuleLabels | undefined,
  limits: Pick<WordLimits, 'ruleLabel' | 'ruleId' | 'matched'>,
): { reason?: BriefReason; gaps: GapCode[] } {
  if (trigger === undefined) return { gaps: ['no_trigger'] };
  const gaps: GapCode[] = [];
  const label = labelOf(trigger, labels, limits.ruleLabel);
  if (label.label === undefined) gaps.push('no_rule_label');
  const matched = isNonEmptyString(trigger.matched) ? trigger.matched : undefined;
  if (matched === undefined && trigger.type === 'keyword') gaps.push('no_matched_words');
  if (trigger.messageIndex !== undefined && messageIndex === undefined) {
    gaps.push('firing_message_missing');
  }
  const confidence = isUnitInterval(trigger.confidence) ? trigger.confidence : undefined;
  const threshold = isUnitInterval(trigger.threshold) ? trigger.threshold : undefined;
  if (trigger.type === 'confidence' && (confidence === undefined || threshold === undefined)) {
    gaps.push('no_confidence_figures');
  }
  const reason: BriefReason = {
    ruleId: shortenText(trigger.ruleId, limits.ruleId),
    type: trigger.type,
    ...label,
    ...(matched === undefined ? {} : { matched: shortenText(matched, limits.matched) }),
    ...(messageIndex === undefined ? {} : { messageIndex }),
    ...(confidence === undefined ? {} : { confidence }),
    ...(threshold === undefined ? {} : { threshold }),
  };
  return { reason, gaps };
}

/** The bot's guess at the customer's intent. */
export function buildIntent(
  intent: Intent | undefined,
  limits: Pick<WordLimits, 'intentName'>,
): { intent?: BriefIntent; gaps: GapCode[] } {
  if (intent === undefined || !isNonEmptyString(intent.name)) return { gaps: ['no_intent'] };
  const confidence = isUnitInterval(intent.confidence) ? intent.confidence : undefined;
  return {
    intent: {
      name: shortenText(intent.name, limits.intentName),
      ...(confidence === undefined ? {} : { confidence }),
    },
    gaps: [],
  };
}

const RULE_TAG = /^handoff_rule_([a-z0-9_]+)$/u;
const TYPE_TAG = /^handoff_type_([a-z0-9_]+)$/u;

/**
 * Why the bot handed off, as the ticket's handoff tags tell it when the package cannot: the
 * rule (its id found again among the current rules by its tag) and the trigger type. The tags
 * are written with the package, so they survive a package that is damaged or missing.
 */
export function triggerFromTags(
  tags: readonly string[],
  labels: RuleLabels | undefined,
): Trigger | undefined {
  const ruleValue = tags.map((tag) => RULE_TAG.exec(tag)?.[1]).find((v) => v !== undefined);
  const typeValue = tags.map((tag) => TYPE_TAG.exec(tag)?.[1]).find((v) => v !== undefined);
  const type = TRIGGER_TYPES.find((known) => known === typeValue);
  if (ruleValue === undefined || type === undefined) return undefined;
  const ids =
    labels === undefined ? [] : labels instanceof Map ? [...labels.keys()] : Object.keys(labels);
  const ruleId = ids.find((id) => ruleTag(id) === `handoff_rule_${ruleValue}`) ?? ruleValue;
  const label = lookUpRuleLabel(labels, ruleId);
  return { ruleId, type, ...(label === undefined ? {} : { label }) };
}
