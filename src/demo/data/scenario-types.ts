import type { TriggerType } from '../../core/contract';

/** A customer line; the words between asterisks are what the rule matched. */
export type MarkedLine = string;

export interface BotIntent {
  readonly name: string;
  /** The bot's confidence is drawn uniformly from this range. */
  readonly confidence: readonly [number, number];
}

export interface RuleScenario {
  readonly ruleId: string;
  readonly type: TriggerType;
  readonly label: string;
  /** Relative volume for a ticket created `ageDays` ago (0 = the rule did not exist or was off). */
  readonly weight: (ageDays: number) => number;
  /** How often agents judge a handoff by this rule needed. */
  readonly neededRate: number;
  readonly subjects: readonly string[];
  readonly openers: readonly MarkedLine[];
  readonly followUps: readonly MarkedLine[];
  readonly botReply: string;
  readonly intents: readonly BotIntent[];
}

export interface FallThroughScenario {
  /** Absent: the bot named no intent at all. */
  readonly intent?: string;
  readonly weight: (ageDays: number) => number;
  readonly neededRate: number;
  readonly subjects: readonly string[];
  readonly openers: readonly string[];
  readonly rephrasings: readonly string[];
}
