import { DEFAULT_RULES, type IntentRule, type Rule, type RuleSet } from '../../core/routing';

const ACCESS: IntentRule = {
  id: 'access',
  type: 'intent',
  label: 'Account access',
  enabled: true,
  intents: ['account.locked', 'account.2fa'],
};

/**
 * The demo team's rule set as it was 60 days ago: "urgent" still on and an "access" intent rule
 * before the fallback. Every demo handoff is what the routing core decided under the set in
 * force at the time, so tests evaluate old transcripts against this one.
 */
export const DEMO_PAST_RULES: RuleSet = {
  ...DEFAULT_RULES,
  rules: DEFAULT_RULES.rules.flatMap((rule): Rule[] => {
    if (rule.id === 'urgent') return [{ ...rule, enabled: true }];
    return rule.type === 'confidence' ? [ACCESS, rule] : [rule];
  }),
};
