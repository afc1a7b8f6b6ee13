export { REVISION_ISSUE_CODES, type RevisionIssueCode } from './issue-codes.js';
export {
  HISTORY_LIMIT,
  parseHistory,
  pushHistory,
  serializeHistory,
  historyEntryFromText,
  lastKnownLabels,
  type HistoryEntry,
} from './history.js';
export { readStoredRules, type StoredRules } from './stored-rules.js';
export {
  baseOf,
  hasConflict,
  fateOfWrite,
  planWrite,
  type PlannedWrite,
  type SaveBase,
  type SaveRequest,
  type WriteFate,
} from './plan-save.js';
export {
  copyRuleAcross,
  diffRuleSets,
  sameRule,
  type RuleDiffRow,
  type RuleDiffStatus,
} from './diff-rule-sets.js';
