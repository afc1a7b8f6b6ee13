import type { DemoChange, DemoDb } from '../db/demo-db';
import type { ZafHost } from './zaf-host';

/**
 * Pushes the ZAF events Zendesk sends an app about its open ticket when the account changes:
 * `ticket.tags.changed` with the tags the open ticket now shows, and
 * `ticket.custom_field_<id>.changed` with a field's new value, `ticket.conversation.changed` on
 * a new message. The host only delivers the ones the app subscribed to.
 */
export function followDemoChanges(
  db: DemoDb,
  host: ZafHost,
  openTicketId: () => number | undefined,
): () => void {
  return db.subscribe((change: DemoChange) => {
    if (change.kind === 'installation' || change.kind === 'reply') return;
    if (change.ticketId !== openTicketId()) return;
    // Zendesk documents the event, not its payload: the app reads the conversation again.
    if (change.kind === 'conversation') {
      host.emit('ticket.conversation.changed', undefined);
      return;
    }
    const tagsBefore = change.kind === 'form' ? change.beforeTags : change.before.tags;
    const tagsNow = db.formTags(change.ticketId) ?? [];
    if (tagsNow.join() !== tagsBefore.join()) host.emit('ticket.tags.changed', tagsNow);
    if (change.kind !== 'ticket') return;
    const after = db.ticketFile(change.ticketId)?.ticket;
    for (const field of after?.custom_fields ?? []) {
      const old = change.before.custom_fields.find((f) => f.id === field.id)?.value;
      if (old !== field.value) host.emit(`ticket.custom_field_${field.id}.changed`, field.value);
    }
  });
}
