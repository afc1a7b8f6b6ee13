export {
  resolveContextFieldId,
  type FieldLookup,
  type FieldResolution,
  type FieldSource,
} from './context-field-id';
export { localFieldIdCache, type FieldIdCache } from './field-id-cache';
export { type FirstComment } from './first-comment';
export { loadTicketHandoff, type LoadOptions, type TicketHandoff } from './load-ticket-handoff';
export { readTags, type SnapshotRead } from './read-ticket-snapshot';
export {
  VERDICTS,
  hasHandoffTag,
  saveVerdict,
  verdictFromTags,
  type TagChange,
  type Verdict,
} from './verdict-tags';
export { TICKET_EVENTS } from './ticket-events';
export { readConversationEntries } from './read-conversation-entries';
export { fetchConversationLog } from './conversation-log';
export {
  loadReplayTicket,
  readReplayTicket,
  type ReplayOptions,
  type RestTicket,
} from './replay-ticket';
export { insertIntoReply } from './reply-editor';
