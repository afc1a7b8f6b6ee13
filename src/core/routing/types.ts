import type { MessageKind, TranscriptRole, TriggerType } from '../contract/types.js';

export const RULES_SCHEMA = 'handoff-rules/v1';

/** Known not to work: they fire on calm customers and interrupt people mid-resolution. */
export const REFUSED_RULE_TYPES = ['time', 'turn_count', 'sentiment'] as const;
export type RefusedRuleType = (typeof REFUSED_RULE_TYPES)[number];

/** More enabled rules than this draws the "start narrow" warning. */
export const NARROW_RULE_LIMIT = 5;

interface RuleBase {
  readonly id: string;
  readonly label: string;
  readonly enabled: boolean;
  readonly description?: string;
}

export interface PhraseRule extends RuleBase {
  readonly type: 'keyword' | 'customer';
  readonly phrases: readonly string[];
}

export interface IntentRule extends RuleBase {
  readonly type: 'intent';
  readonly intents: readonly string[];
  readonly minConfidence?: number;
}

export interface ConfidenceRule extends RuleBase {
  readonly type: 'confidence';
  readonly below: number;
}

export type Rule = PhraseRule | IntentRule | ConfidenceRule;

export interface RuleSet {
  readonly schema: typeof RULES_SCHEMA;
  readonly revision: number;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
  readonly rules: readonly Rule[];
}

export interface ConversationMessage {
  readonly role: TranscriptRole;
  readonly text: string;
  /** ISO-8601 with a zone. */
  readonly at?: string;
  /** How the message was given (typed text, a button, a form, an event); carried into the package. */
  readonly kind?: MessageKind;
}

/**
 * What a bot knows when it asks whether to hand off. Only the customer's own messages are
 * matched against phrases; the others are context for the package.
 */
export interface Conversation {
  /** Oldest first. */
  readonly messages: readonly ConversationMessage[];
  readonly intent?: { readonly name: string; readonly confidence: number };
  /** How sure the bot was of its last answer; falls back to the intent's confidence when absent. */
  readonly answerConfidence?: number;
  /** The widget's explicit "talk to a human" action. */
  readonly humanRequested?: boolean;
}

export type Evidence =
  | {
      readonly kind: 'phrase';
      readonly phrase: string;
      /** The words as the customer wrote them. */
      readonly matched: string;
      readonly messageIndex: number;
      readonly span: { readonly start: number; readonly end: number };
    }
  | { readonly kind: 'human_requested' }
  | { readonly kind: 'intent'; readonly intent: string; readonly confidence: number }
  | { readonly kind: 'confidence'; readonly confidence: number; readonly threshold: number };

export interface RuleMatch {
  readonly ruleId: string;
  readonly type: TriggerType;
  readonly label: string;
  readonly evidence: Evidence;
}

/** A decision to hand off: the first matching rule in priority order, and the rest that matched. */
export interface HandoffDecision {
  readonly handoff: true;
  readonly fired: RuleMatch;
  /** Every other rule that matched, in priority order. */
  readonly alsoMatched: readonly RuleMatch[];
}

export interface NoHandoffDecision {
  readonly handoff: false;
  readonly fired?: undefined;
  readonly alsoMatched: readonly [];
}

export type Decision = HandoffDecision | NoHandoffDecision;
