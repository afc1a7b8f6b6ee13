import type { Trigger } from '../../core/contract';
import { buildDemoPackage, readMarkedLine, type ConversationDraft } from './build-demo-package';
import type { DemoPerson } from './demo-people';
import type { Prng } from './prng';
import { FALL_THROUGH_RULE } from './scenario-intents';
import type { BotIntent, FallThroughScenario, RuleScenario } from './scenario-types';

export interface DraftedHandoff {
  readonly subject: string;
  readonly neededRate: number;
  readonly package: ReturnType<typeof buildDemoPackage>;
}

interface Moment {
  readonly conversationId: string;
  readonly handedOffAtMs: number;
  readonly person: DemoPerson;
}

const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

function drawIntent(prng: Prng, intent: BotIntent): { name: string; confidence: number } {
  const [low, high] = intent.confidence;
  return { name: intent.name, confidence: twoDecimals(low + prng.next() * (high - low)) };
}

/** A handoff fired by a phrase or intent rule: opener, bot reply, the line that fired it. */
export function draftRuleHandoff(
  prng: Prng,
  scenario: RuleScenario,
  moment: Moment,
): DraftedHandoff {
  const intent = drawIntent(prng, prng.pick(scenario.intents));
  const last = readMarkedLine(prng.pick(scenario.followUps));
  const base = { ruleId: scenario.ruleId, type: scenario.type, label: scenario.label };
  const trigger: Trigger =
    scenario.type === 'intent'
      ? { ...base, confidence: intent.confidence }
      : {
          ...base,
          messageIndex: 2,
          ...(last.matched === undefined ? {} : { matched: last.matched }),
        };
  const draft: ConversationDraft = {
    ...moment,
    trigger,
    intent,
    lines: [
      ['customer', prng.pick(scenario.openers)],
      ['bot', scenario.botReply],
      ['customer', last.text],
    ],
  };
  return {
    subject: prng.pick(scenario.subjects),
    neededRate: scenario.neededRate,
    package: buildDemoPackage(draft),
  };
}

/** A fallback confidence from which the bot's guess was usually good enough. */
const NEAR_MISS = 0.45;

/** A handoff by the confidence fallback: the bot guessed (or not) and stayed unsure. */
export function draftFallThrough(
  prng: Prng,
  scenario: FallThroughScenario,
  moment: Moment,
): DraftedHandoff {
  const confidence = twoDecimals(0.18 + prng.next() * 0.4);
  const trigger: Trigger = {
    ruleId: FALL_THROUGH_RULE.ruleId,
    type: 'confidence',
    label: FALL_THROUGH_RULE.label,
    confidence,
    threshold: FALL_THROUGH_RULE.threshold,
  };
  const draft: ConversationDraft = {
    ...moment,
    trigger,
    ...(scenario.intent === undefined ? {} : { intent: { name: scenario.intent, confidence } }),
    lines: [
      ['customer', prng.pick(scenario.openers)],
      ['bot', 'I am not sure I understood. Could you say it another way?'],
      ['customer', prng.pick(scenario.rephrasings)],
    ],
  };
  return {
    subject: prng.pick(scenario.subjects),
    // Near misses (just under the threshold) were often answerable: agents judge them
    // unnecessary far more often, which is what lets Insights name a lower threshold.
    neededRate:
      confidence >= NEAR_MISS
        ? scenario.neededRate * 0.35
        : Math.min(0.9, scenario.neededRate * 1.25),
    package: buildDemoPackage(draft),
  };
}
