export * from './types.js';
export { CONTRACT_ISSUE_CODES, type ContractIssueCode } from './issue-codes.js';
export { parseContextPackage, salvageContextPackage } from './parse-context-package.js';
export {
  recoverTranscript,
  type RecoveryContext,
  type RecoveredTranscript,
} from './recover-transcript.js';
export { packageOfReading, readTicketHandoff } from './read-ticket-handoff.js';
export { CONTEXT_PACKAGE_JSON_SCHEMA } from './json-schema.js';
export { authorRole, isConversation, readConversation } from './read-conversation.js';
export { htmlToText } from './html-text.js';
