import type { ExpectedKind, Issue } from '../../core/shared';
import type { TicketFileIssueCode } from './ticket-file-types';

const KIND_WORDS: Record<ExpectedKind, string> = {
  object: 'an object',
  list: 'a list',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  positive_integer: 'a positive integer',
};

const kindWords = (expected: unknown) =>
  typeof expected === 'string' && expected in KIND_WORDS
    ? KIND_WORDS[expected as ExpectedKind]
    : 'another type';

// Developer-facing console text for `npm start` and test failures, not the app's UI: English only.
const WORDS: Record<TicketFileIssueCode, (params: Issue['params']) => string> = {
  not_json: () => 'is not JSON',
  not_object: () => 'is not a JSON object',
  required: () => 'is required',
  wrong_type: (p) => `should be ${kindWords(p?.['expected'])}`,
  invalid_value: (p) =>
    p?.['allowed'] === undefined
      ? `has an invalid value "${String(p?.['value'])}"`
      : `is "${String(p['value'])}", expected one of ${String(p['allowed'])}`,
  invalid_date: (p) => `is not an ISO-8601 date-time ("${String(p?.['value'])}")`,
  unknown_user: (p) => `refers to user ${String(p?.['id'])}, who is not in "users"`,
  duplicate_id: (p) => `repeats the id ${String(p?.['id'])}`,
};

/** `ticket.created_at is not an ISO-8601 date-time ("yesterday")` */
export function describeTicketFileIssue(found: Issue<TicketFileIssueCode>): string {
  const where = found.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
  return `${where === '' ? 'the file' : where} ${WORDS[found.code](found.params)}`;
}
