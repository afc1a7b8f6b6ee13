import type { ZendeskClient } from '../zendesk-client';
import { toZendeskError, ZendeskFailure } from '../zendesk-error';

/**
 * Puts text in the agent's reply editor at the cursor with ZAF `ticket.editor.insert` (Ticket
 * editor object, available in the ticket sidebar; docs/decisions/007). It only inserts: the
 * reply is sent when the agent submits it, never by the app. `html` must be escaped already.
 */
export async function insertIntoReply(
  client: Pick<ZendeskClient, 'invoke'>,
  html: string,
): Promise<void> {
  try {
    const result = await client.invoke('ticket.editor.insert', html);
    const errors =
      typeof result === 'object' && result !== null
        ? (result as { errors?: Record<string, unknown> }).errors
        : undefined;
    if (errors !== undefined && Object.keys(errors).length > 0)
      throw new ZendeskFailure({
        kind: 'sdk',
        operation: 'invoke ticket.editor.insert',
        message: JSON.stringify(errors),
      });
  } catch (reason) {
    if (reason instanceof ZendeskFailure) throw reason;
    throw new ZendeskFailure(toZendeskError(reason, 'invoke ticket.editor.insert'));
  }
}
