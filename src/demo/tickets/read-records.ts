import type { IssuePath, JsonObject } from '../../core/shared';
import type {
  ZendeskComment,
  ZendeskCustomFieldValue,
  ZendeskTicket,
  ZendeskUser,
} from '../zendesk-records';

import type { DemoNote, TicketFileReader } from './ticket-file-types';

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
const ROLES = ['end-user', 'agent', 'admin'] as const;

/** Keys a record only carries when they are there, as exactOptionalPropertyTypes requires. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function readCustomField(r: TicketFileReader, raw: JsonObject, path: IssuePath) {
  const id = r.id(raw, 'id', path, true);
  return id === undefined ? undefined : { ...raw, id, value: raw['value'] ?? null };
}

// Fields Zendesk always returns are checked; any others (via, priority...) are kept as served.
export function readTicket(r: TicketFileReader, raw: JsonObject): ZendeskTicket | undefined {
  const path = ['ticket'];
  const before = r.issues.length;
  const id = r.id(raw, 'id', path, true);
  const subject = r.string(raw, 'subject', path, true);
  const description = r.string(raw, 'description', path);
  const status = r.oneOf(raw, 'status', path, STATUSES, true);
  const createdAt = r.date(raw, 'created_at', path, true);
  const updatedAt = r.date(raw, 'updated_at', path, true);
  const requesterId = r.id(raw, 'requester_id', path, true);
  const tags = r.list(raw, 'tags', path) ?? [];
  tags.forEach((tag, index) => {
    if (typeof tag !== 'string' || tag.trim() === '' || /\s/.test(tag))
      r.report('invalid_value', [...path, 'tags', index], { value: String(tag).slice(0, 40) });
  });
  const fields = r.list(raw, 'custom_fields', path) ?? [];
  const customFields: ZendeskCustomFieldValue[] = r.each(
    fields,
    [...path, 'custom_fields'],
    (f, at) => readCustomField(r, f, at),
  );
  if (r.issues.length > before) return undefined;
  if (id === undefined || subject === undefined || status === undefined) return undefined;
  if (createdAt === undefined || updatedAt === undefined || requesterId === undefined)
    return undefined;
  return {
    ...raw,
    id,
    subject,
    ...optional('description', description),
    status,
    created_at: createdAt,
    updated_at: updatedAt,
    requester_id: requesterId,
    tags: tags.filter((tag): tag is string => typeof tag === 'string'),
    custom_fields: customFields,
  };
}

export function readComment(r: TicketFileReader, raw: JsonObject, path: IssuePath) {
  const id = r.id(raw, 'id', path, true);
  const authorId = r.id(raw, 'author_id', path, true);
  const body = r.string(raw, 'body', path, true);
  const plainBody = r.string(raw, 'plain_body', path);
  const isPublic = r.boolean(raw, 'public', path, true);
  const createdAt = r.date(raw, 'created_at', path, true);
  if (id === undefined || authorId === undefined || body === undefined) return undefined;
  if (isPublic === undefined || createdAt === undefined) return undefined;
  const comment: ZendeskComment = {
    ...raw,
    id,
    author_id: authorId,
    body,
    ...optional('plain_body', plainBody),
    public: isPublic,
    created_at: createdAt,
  };
  return comment;
}

export function readUser(r: TicketFileReader, raw: JsonObject, path: IssuePath) {
  const id = r.id(raw, 'id', path, true);
  const name = r.string(raw, 'name', path, true);
  const email = r.string(raw, 'email', path);
  const role = r.oneOf(raw, 'role', path, ROLES, true);
  const locale = r.string(raw, 'locale', path);
  const timeZone = r.string(raw, 'time_zone', path);
  if (id === undefined || name === undefined || role === undefined) return undefined;
  const user: ZendeskUser = {
    ...raw,
    id,
    name,
    ...optional('email', email),
    role,
    ...optional('locale', locale),
    ...optional('time_zone', timeZone),
  };
  return user;
}

export function readDemoNote(r: TicketFileReader, raw: JsonObject): DemoNote | undefined {
  const title = r.string(raw, 'title', ['demo'], true);
  const shows = r.string(raw, 'shows', ['demo'], true);
  return title === undefined || shows === undefined ? undefined : { title, shows };
}
