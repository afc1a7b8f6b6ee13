export * from './types';
export { CONTRACT_ISSUE_CODES, type ContractIssueCode } from './issue-codes';
export { parseContextPackage, salvageContextPackage } from './parse-context-package';
export {
  recoverTranscript,
  type RecoveryContext,
  type RecoveredTranscript,
} from './recover-transcript';
export { packageOfReading, readTicketHandoff } from './read-ticket-handoff';
export { CONTEXT_PACKAGE_JSON_SCHEMA } from './json-schema';
export { authorRole, isConversation, readConversation } from './read-conversation';
export { htmlToText } from './html-text';
