// The pure half, safe for the browser host page; the Node folder loader is load-ticket-folder.ts.
export { parseTicketFile, zendeskRecords } from './parse-ticket-file';
export { ticketSnapshot } from './ticket-snapshot';
export { describeTicketFileIssue } from './describe-issue';
export {
  TICKET_FILE_ISSUE_CODES,
  type DemoNote,
  type DemoTicketFile,
  type TicketFileIssueCode,
} from './ticket-file-types';
