export * from './types';
export { ROUTING_ISSUE_CODES, type RoutingIssueCode } from './issue-codes';
export { parseRule, ruleTag } from './parse-rule';
export { parseRuleSet, serializeRuleSet } from './parse-rule-set';
export { evaluate } from './evaluate';
export { findPhraseSpan, PhraseIndex } from './phrase-index';
export { tokenize, type Token } from './tokenize';
export { DEFAULT_RULES } from './default-rules';
