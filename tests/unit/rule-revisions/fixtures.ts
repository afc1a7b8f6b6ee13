import {
  serializeRuleSet,
  type PhraseRule,
  type Rule,
  type RuleSet,
} from '../../../src/core/routing';

export const refund: PhraseRule = {
  id: 'refund',
  type: 'keyword',
  label: 'Refunds',
  enabled: true,
  phrases: ['refund*'],
};
export const legal: Rule = {
  id: 'legal',
  type: 'keyword',
  label: 'Legal',
  enabled: true,
  phrases: ['lawyer'],
};
export const human: Rule = {
  id: 'human',
  type: 'customer',
  label: 'Asked for a person',
  enabled: true,
  phrases: ['real person'],
};
export const doubt: Rule = {
  id: 'no-answer',
  type: 'confidence',
  label: 'Bot had no good answer',
  enabled: true,
  below: 0.6,
};

export function ruleSet(revision: number, rules: readonly Rule[], by = 'Sam Lee'): RuleSet {
  return {
    schema: 'handoff-rules/v1',
    revision,
    updatedAt: `2026-11-${String(10 + revision).padStart(2, '0')}T09:00:00Z`,
    updatedBy: by,
    rules,
  };
}

export function settingsWith(current: RuleSet, history: readonly RuleSet[] = []) {
  return {
    routing_rules: serializeRuleSet(current),
    routing_rules_history: JSON.stringify(history),
  };
}
