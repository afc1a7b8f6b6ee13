import { packageOfReading } from '../../../../../core/contract';
import { conversationFromPackage } from '../../../../../core/insights';
import type { Conversation } from '../../../../../core/routing';
import type { ZendeskClient } from '../../../../../zendesk';
import { loadReplayTicket } from '../../../../../zendesk/ticket';

export type LoadedTicket =
  { readonly kind: 'loaded'; readonly conversation: Conversation } | { readonly kind: 'empty' };

/** Reads one ticket for the tester; Zendesk failures reject with a ZendeskFailure. */
export async function loadTicketConversation(
  client: ZendeskClient,
  ticketId: number,
  fieldId: Promise<number | undefined>,
  botNames: readonly string[] = [],
): Promise<LoadedTicket> {
  const reading = await loadReplayTicket(client, ticketId, await fieldId, { botNames });
  const pkg = packageOfReading(reading);
  if (pkg === undefined || pkg.transcript.length === 0) return { kind: 'empty' };
  return { kind: 'loaded', conversation: conversationFromPackage(pkg) };
}
