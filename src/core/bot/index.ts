/**
 * What a bot imports: decide with the same rules the app edits, then write the ticket the app
 * reads. The routing and contract modules hold the rest of each contract.
 */
export type { HandoffMeta, TicketOptions, TicketRequest } from './types.js';
export { toContextPackage, toTrigger } from './to-context-package.js';
export { DEFAULT_FIELD_BYTES, fitPackage, utf8Length } from './fit-package.js';
export { stampOf, transcriptComment, transcriptLine } from './transcript-comment.js';
export { shorten, ticketSubject, toTicket } from './to-ticket.js';
export {
  COMPACT_MAX_BYTES,
  PASS_CONTROL_METADATA_BYTES,
  toCompactPackage,
  toPassControlMetadata,
  type PassControlOptions,
} from './compact-package.js';
export { readConversationFile, type ConversationFile } from './read-conversation-file.js';
export {
  DEFAULT_RULES,
  evaluate,
  parseRuleSet,
  tagsFor,
  type Conversation,
  type Decision,
  type HandoffDecision,
  type RuleSet,
} from '../routing/index.js';
export { parseContextPackage, type ContextPackage } from '../contract/index.js';
