export {
  FIELD_SOURCES,
  resolveContextFieldId,
  type FieldLookup,
  type FieldResolution,
  type FieldSource,
} from './context-field-id';
export { localFieldIdCache, type FieldIdCache } from './field-id-cache';
export {
  CONTEXT_FIELD_TITLE,
  findInRequirements,
  findInTicketFields,
  readFieldId,
} from './find-context-field';
export { fetchFirstComment, firstCommentUrl, type FirstComment } from './first-comment';
export { loadTicketHandoff, type LoadOptions, type TicketHandoff } from './load-ticket-handoff';
export {
  contextFieldPath,
  readTags,
  readTicketSnapshot,
  toIso,
  type SnapshotRead,
} from './read-ticket-snapshot';
export {
  VERDICTS,
  VERDICT_TAGS,
  applyTagChange,
  hasHandoffTag,
  saveVerdict,
  verdictChange,
  verdictFromTags,
  type TagChange,
  type Verdict,
} from './verdict-tags';
export { TICKET_EVENTS } from './ticket-events';
export { readConversationEntries } from './read-conversation-entries';
export { fetchConversationLog, readLogEvent } from './conversation-log';
export {
  loadReplayTicket,
  readReplayTicket,
  readRestTicket,
  type ReplayOptions,
  type RestTicket,
} from './replay-ticket';
export { insertIntoReply } from './reply-editor';
