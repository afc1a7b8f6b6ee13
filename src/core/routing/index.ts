export * from './types';
export { ROUTING_ISSUE_CODES, type RoutingIssueCode } from './issue-codes';
export { parseRule, TAG_SAFE_ID } from './parse-rule';
export { parseRuleSet, serializeRuleSet } from './parse-rule-set';
export { evaluate } from './evaluate';
export {
  HANDOFF_TAG,
  VERDICTS,
  VERDICT_TAGS,
  describeRuleSet,
  ruleTag,
  ruleTypeTag,
  tagValue,
  tagsFor,
  type RuleTags,
  type TagSource,
  type Verdict,
} from './tags';
export { findPhraseSpan, PhraseIndex, type PhraseHit } from './phrase-index';
export type { FirstHit } from './first-hit-search';
export { compilePhrase, type PhrasePattern } from './phrase';
export { tokenize, type Token } from './tokenize';
export { foldChar, type CharKind, type FoldedChar } from './fold';
export { RULES_JSON_SCHEMA } from './json-schema';
export { DEFAULT_RULES } from './default-rules';
