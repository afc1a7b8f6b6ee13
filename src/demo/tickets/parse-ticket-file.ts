import {
  FieldReader,
  fail,
  isObject,
  issue,
  ok,
  type JsonObject,
  type Result,
} from '../../core/shared';
import type { TicketFile, ZendeskUser } from '../zendesk-records';
import { readComment, readDemoNote, readTicket, readUser } from './read-records';

import type { DemoTicketFile, TicketFileIssueCode, TicketFileReader } from './ticket-file-types';

function checkUserIds(r: TicketFileReader, users: readonly ZendeskUser[]): void {
  const seen = new Set<number>();
  users.forEach((user, index) => {
    if (seen.has(user.id)) r.report('duplicate_id', ['users', index, 'id'], { id: user.id });
    seen.add(user.id);
  });
}

/**
 * Reads one sample ticket file, `{ demo?, ticket, comments, users }` with the records as
 * Zendesk's REST API returns them, listing every problem at once. Accepts the parsed JSON or
 * its text. Never throws.
 *
 * `demo` ({ title, shows }: what the sample demonstrates) is for the host's ticket picker
 * only. Zendesk's API has no such key, so it is kept beside the records, and whatever serves
 * them as REST responses takes them from `zendeskRecords(file)`, which leaves it out. Keys of
 * the records this parser does not check (via, priority, html_body...) are kept as they are.
 */
export function parseTicketFile(json: unknown): Result<DemoTicketFile, TicketFileIssueCode> {
  let root = json;
  if (typeof json === 'string') {
    try {
      root = JSON.parse(json);
    } catch {
      return fail([issue('not_json', [])]);
    }
  }
  if (!isObject(root)) return fail([issue('not_object', [])]);
  const r = new FieldReader<TicketFileIssueCode>();
  const rawUsers = r.list(root, 'users', [], true) ?? [];
  const users = r.each(rawUsers, ['users'], (raw, at) => readUser(r, raw, at));
  checkUserIds(r, users);
  // Ids of users with other problems still count, so one bad role does not cascade.
  const known = new Set(rawUsers.map((raw) => (isObject(raw) ? raw['id'] : undefined)));
  const rawTicket = r.object(root, 'ticket', [], true);
  const ticket = rawTicket === undefined ? undefined : readTicket(r, rawTicket);
  if (ticket !== undefined && !known.has(ticket.requester_id)) {
    r.report('unknown_user', ['ticket', 'requester_id'], { id: ticket.requester_id });
  }
  const comments = r.each(r.list(root, 'comments', [], true) ?? [], ['comments'], (raw, at) => {
    const comment = readComment(r, raw, at);
    if (comment !== undefined && !known.has(comment.author_id))
      r.report('unknown_user', [...at, 'author_id'], { id: comment.author_id });
    return comment;
  });
  if (Array.isArray(root['comments']) && root['comments'].length === 0) {
    // Zendesk creates every ticket with its first comment: a ticket without one is not real.
    r.report('required', ['comments', 0]);
  }
  const conversation = readConversation(r, root);
  const rawDemo = r.object(root, 'demo', []);
  const demo = rawDemo === undefined ? undefined : readDemoNote(r, rawDemo);
  if (r.issues.length > 0 || ticket === undefined) return fail(r.issues);
  return ok({
    ...(demo === undefined ? {} : { demo }),
    ticket,
    comments,
    users,
    ...(conversation === undefined ? {} : { conversation }),
  });
}

/**
 * The optional `conversation`: kept verbatim (it is what ZAF returns, read by the app's own
 * adapter), checked only for the parts every entry has: an author, a message, a timestamp.
 */
function readConversation(r: TicketFileReader, root: JsonObject): readonly unknown[] | undefined {
  const raw = r.list(root, 'conversation', []);
  if (raw === undefined) return undefined;
  r.each(raw, ['conversation'], (entry, at) => {
    for (const key of ['author', 'message']) r.object(entry, key, at, true);
    const stamp = entry['timestamp'];
    if (typeof stamp !== 'string' || Number.isNaN(Date.parse(stamp)))
      r.report('invalid_date', [...at, 'timestamp']);
    return entry;
  });
  return raw;
}

/** The records alone, as the REST API would serve them: without the picker's `demo` note. */
export function zendeskRecords(file: TicketFile): TicketFile {
  return {
    ticket: file.ticket,
    comments: file.comments,
    users: file.users,
    ...(file.conversation === undefined ? {} : { conversation: file.conversation }),
  };
}
