import type { FieldReader } from '../../core/shared';
import type { TicketFile } from '../zendesk-records';

/** Why a ticket file was refused; `describeTicketFileIssue` words them for the console. */
export const TICKET_FILE_ISSUE_CODES = [
  'not_json',
  'not_object',
  'required',
  'wrong_type',
  'invalid_value',
  'invalid_date',
  'unknown_user',
  'duplicate_id',
] as const;
export type TicketFileIssueCode = (typeof TICKET_FILE_ISSUE_CODES)[number];

/** The shared field reader, reporting in the ticket files' codes. */
export type TicketFileReader = FieldReader<TicketFileIssueCode>;

/** What a sample ticket demonstrates, for the host's ticket picker. */
export interface DemoNote {
  readonly title: string;
  readonly shows: string;
}

/**
 * A ticket file as loaded: Zendesk's records plus the picker's note. `demo` is not a Zendesk
 * key, so it sits beside the records, never inside them; `zendeskRecords` drops it.
 */
export interface DemoTicketFile extends TicketFile {
  readonly demo?: DemoNote;
}
