/** Why stored rules or their history could not be used as they are; words under rules.storage. */
export const REVISION_ISSUE_CODES = [
  'rules_missing',
  'rules_invalid',
  'history_entry_unreadable',
] as const;
export type RevisionIssueCode = (typeof REVISION_ISSUE_CODES)[number];
