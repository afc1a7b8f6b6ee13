import {
  readTicketHandoff,
  type PartialContextPackage,
  type TicketSnapshot,
} from '../../../../../core/contract';
import { conversationFromPackage } from '../../../../../core/rule-revisions';
import type { Conversation } from '../../../../../core/routing';
import type { ZendeskClient } from '../../../../../zendesk';

/** The REST ticket fields the tester and back-test read. */
export interface RestTicket {
  readonly id: number;
  readonly subject?: string;
  readonly description?: string;
  readonly created_at?: string;
  readonly tags?: readonly string[];
  readonly custom_fields?: readonly { readonly id: number; readonly value: unknown }[];
}

/** What a ticket holds to replay: its package (or recovered transcript) as it was handed off. */
export function readRestTicket(
  ticket: RestTicket,
  fieldId: number | undefined,
): PartialContextPackage | undefined {
  const field = ticket.custom_fields?.find((f) => f.id === fieldId)?.value;
  const snapshot: TicketSnapshot = {
    id: ticket.id,
    ...(ticket.subject === undefined ? {} : { subject: ticket.subject }),
    ...(ticket.created_at === undefined ? {} : { createdAt: ticket.created_at }),
    ...(field === undefined ? {} : { contextField: field }),
    ...(ticket.description === undefined ? {} : { firstComment: { text: ticket.description } }),
    ...(ticket.tags === undefined ? {} : { tags: ticket.tags }),
  };
  const reading = readTicketHandoff(snapshot);
  switch (reading.kind) {
    case 'package':
    case 'recovered':
      return reading.package;
    case 'malformed':
      return reading.salvage;
    case 'none':
      return undefined;
    default: {
      const unreachable: never = reading;
      throw new Error(`Unhandled reading ${JSON.stringify(unreachable)}`);
    }
  }
}

export type LoadedTicket =
  { readonly kind: 'loaded'; readonly conversation: Conversation } | { readonly kind: 'empty' };

/** Reads one ticket for the tester; Zendesk failures reject with a ZendeskFailure. */
export async function loadTicketConversation(
  client: ZendeskClient,
  ticketId: number,
  fieldId: Promise<number | undefined>,
): Promise<LoadedTicket> {
  const [body, field] = await Promise.all([
    client.request<{ ticket?: RestTicket }>({ url: `/api/v2/tickets/${ticketId}.json` }),
    fieldId,
  ]);
  const pkg = body.ticket === undefined ? undefined : readRestTicket(body.ticket, field);
  if (pkg === undefined || pkg.transcript.length === 0) return { kind: 'empty' };
  return { kind: 'loaded', conversation: conversationFromPackage(pkg) };
}
