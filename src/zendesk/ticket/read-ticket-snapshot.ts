import type { TicketSnapshot } from '../../core/contract';
import type { ZendeskClient } from '../zendesk-client';
import { readConversationEntries } from './read-conversation-entries';

const contextFieldPath = (fieldId: number) => `ticket.customField:custom_field_${fieldId}`;

const TICKET_PATHS = [
  'ticket.id',
  'ticket.subject',
  'ticket.createdAt',
  'ticket.requester',
  'ticket.tags',
  'ticket.conversation',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any date ZAF gives (ISO text, a timestamp) as ISO-8601 in UTC; anything else is dropped. */
export function toIso(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function readId(value: unknown): number | undefined {
  const id = typeof value === 'string' ? Number(value) : value;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

function readRequester(value: unknown): TicketSnapshot['requester'] {
  if (!isRecord(value)) return undefined;
  const { name, email, locale } = value;
  return {
    ...(typeof name === 'string' && name.trim() !== '' ? { name } : {}),
    ...(typeof email === 'string' && email.trim() !== '' ? { email } : {}),
    // The User object's language: what a drafted reply opening is written in.
    ...(typeof locale === 'string' && locale.trim() !== '' ? { locale } : {}),
  };
}

export function readTags(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

export interface SnapshotRead {
  readonly snapshot: TicketSnapshot;
  /** ZAF's own words when the context field path failed (e.g. no such field on the account). */
  readonly fieldError?: string;
}

/**
 * Everything the brief needs from ZAF in one batched `get`, normalised: dates to ISO-8601,
 * the requester to name and email, tags to strings; the context field's raw value untouched.
 */
export async function readTicketSnapshot(
  client: ZendeskClient,
  fieldId: number | undefined,
): Promise<SnapshotRead> {
  const fieldPath = fieldId === undefined ? undefined : contextFieldPath(fieldId);
  const paths: string[] = [...TICKET_PATHS, ...(fieldPath === undefined ? [] : [fieldPath])];
  const { values, errors } = await client.get(paths);
  const id = readId(values['ticket.id']);
  const subject = values['ticket.subject'];
  const createdAt = toIso(values['ticket.createdAt']);
  const requester = readRequester(values['ticket.requester']);
  const hasField = fieldPath !== undefined && fieldPath in values;
  const conversation = readConversationEntries(values['ticket.conversation']);
  const snapshot: TicketSnapshot = {
    ...(id === undefined ? {} : { id }),
    ...(typeof subject === 'string' ? { subject } : {}),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(requester === undefined ? {} : { requester }),
    tags: readTags(values['ticket.tags']),
    ...(hasField ? { contextField: values[fieldPath] } : {}),
    ...(conversation === undefined ? {} : { conversation }),
  };
  const fieldError = fieldPath === undefined ? undefined : errors[fieldPath];
  return { snapshot, ...(fieldError === undefined ? {} : { fieldError }) };
}
