export * from './types.js';
export { ROUTING_ISSUE_CODES, type RoutingIssueCode } from './issue-codes.js';
export { parseRule, TAG_SAFE_ID } from './parse-rule.js';
export { parseRuleSet, serializeRuleSet } from './parse-rule-set.js';
export { evaluate } from './evaluate.js';
export {
  HANDOFF_TAG,
  VERDICTS,
  VERDICT_TAGS,
  describeRuleSet,
  ruleIdFromLabel,
  ruleTag,
  ruleTypeTag,
  tagValue,
  tagsFor,
  type RuleTags,
  type TagSource,
  type Verdict,
} from './tags.js';
export { findPhraseSpan, PhraseIndex, type PhraseHit } from './phrase-index.js';
export type { FirstHit, TextSource } from './first-hit-search.js';
export { compilePhrase, type PhrasePattern } from './phrase.js';
export { tokenize, type Token } from './tokenize.js';
export { foldChar, type CharKind, type FoldedChar } from './fold.js';
export { RULES_JSON_SCHEMA } from './json-schema.js';
export { DEFAULT_RULES, isDefaultRuleLabel } from './default-rules.js';
