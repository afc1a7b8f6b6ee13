import {
  parseContextPackage,
  readTicketHandoff,
  type HandoffReading,
  type TicketSnapshot,
} from '../../core/contract';
import { isObject } from '../../core/shared';
import type { RetryOptions } from '../retry';
import type { ZendeskClient } from '../zendesk-client';
import { ZendeskFailure } from '../zendesk-error';
import { fetchConversationLog } from './conversation-log';

/** The REST ticket fields a replay reads (Show Ticket, or a search result). */
export interface RestTicket {
  readonly id: number;
  readonly subject?: string;
  readonly description?: string;
  readonly created_at?: string;
  readonly tags?: readonly string[];
  readonly custom_fields?: readonly { readonly id: number; readonly value: unknown }[];
  readonly via?: { readonly channel?: unknown };
}

/** Channels whose messages live in the conversation, not in the ticket's comments. */
const CONVERSATION_CHANNELS = new Set([
  'native_messaging',
  'chat',
  'chat_transcript',
  'sunshine_conversations',
]);

function readRestTicket(value: unknown): RestTicket | undefined {
  if (!isObject(value) || typeof value['id'] !== 'number') return undefined;
  return value as unknown as RestTicket;
}

function snapshotOf(ticket: RestTicket, fieldId: number | undefined): TicketSnapshot {
  const field = ticket.custom_fields?.find((f) => f.id === fieldId)?.value;
  return {
    id: ticket.id,
    ...(ticket.subject === undefined ? {} : { subject: ticket.subject }),
    ...(ticket.created_at === undefined ? {} : { createdAt: ticket.created_at }),
    ...(field === undefined || field === null ? {} : { contextField: field }),
    ...(ticket.description === undefined ? {} : { firstComment: { text: ticket.description } }),
    ...(ticket.tags === undefined ? {} : { tags: ticket.tags }),
  };
}

/** A compact package, or none on a ticket Zendesk created from a conversation. */
function needsConversation(ticket: RestTicket, snapshot: TicketSnapshot): boolean {
  if (snapshot.contextField !== undefined) {
    const parsed = parseContextPackage(snapshot.contextField);
    if (parsed.ok) return parsed.value.compact !== undefined;
  }
  const channel = ticket.via?.channel;
  return typeof channel === 'string' && CONVERSATION_CHANNELS.has(channel);
}

export interface ReplayOptions extends RetryOptions {
  readonly botNames?: readonly string[];
}

/**
 * What a handed-off ticket holds to replay: its package, joined (when compact) with the
 * messaging conversation from the Conversation Log, or the conversation alone, or its first
 * comment. A log that cannot be read leaves the ticket with what it has.
 */
export async function readReplayTicket(
  client: Pick<ZendeskClient, 'request'>,
  ticket: RestTicket,
  fieldId: number | undefined,
  options: ReplayOptions = {},
): Promise<HandoffReading> {
  let snapshot = snapshotOf(ticket, fieldId);
  if (needsConversation(ticket, snapshot)) {
    const log = await fetchConversationLog(client, ticket.id, options);
    if ('entries' in log) snapshot = { ...snapshot, conversation: log.entries };
  }
  return readTicketHandoff(snapshot, { botNames: options.botNames ?? [] });
}

/** One ticket by id, for the tester; Zendesk failures reject with a ZendeskFailure. */
export async function loadReplayTicket(
  client: ZendeskClient,
  ticketId: number,
  fieldId: number | undefined,
  options: ReplayOptions = {},
): Promise<HandoffReading> {
  const url = `/api/v2/tickets/${ticketId}.json`;
  const body = await client.request<unknown>({ url });
  const ticket = readRestTicket(isObject(body) ? body['ticket'] : undefined);
  if (ticket === undefined)
    throw new ZendeskFailure({ kind: 'malformed_response', operation: `GET ${url}` });
  return readReplayTicket(client, ticket, fieldId, options);
}
