import type { TicketSnapshot } from '../../core/contract';
import { readConversationEntries } from '../../zendesk/ticket';
import type { TicketFile, ZendeskComment } from '../zendesk-records';

function earliest(comments: readonly ZendeskComment[]): ZendeskComment | undefined {
  // Zendesk lists comments oldest first; a hand-edited file might not, so go by the dates.
  return comments.reduce<ZendeskComment | undefined>(
    (first, comment) =>
      first === undefined || Date.parse(comment.created_at) < Date.parse(first.created_at)
        ? comment
        : first,
    undefined,
  );
}

/**
 * The ticket as the sidebar reads it through ZAF: requester, first comment, tags, the messaging
 * conversation (read by the app's own adapter) and the raw value of the context field (`null` when Zendesk has the field empty, absent when the ticket
 * does not carry the field at all).
 */
export function ticketSnapshot(file: TicketFile, contextFieldId: number): TicketSnapshot {
  const { ticket, users } = file;
  const requester = users.find((user) => user.id === ticket.requester_id);
  const first = earliest(file.comments);
  const author = first === undefined ? undefined : users.find((u) => u.id === first.author_id);
  const field = ticket.custom_fields.find((custom) => custom.id === contextFieldId);
  const conversation = readConversationEntries(file.conversation);
  return {
    id: ticket.id,
    subject: ticket.subject,
    createdAt: ticket.created_at,
    tags: ticket.tags,
    ...(field === undefined ? {} : { contextField: field.value }),
    ...(conversation === undefined ? {} : { conversation }),
    ...(requester === undefined
      ? {}
      : {
          requester: {
            name: requester.name,
            ...(requester.email === undefined ? {} : { email: requester.email }),
          },
        }),
    ...(first === undefined
      ? {}
      : {
          firstComment: {
            text: first.body,
            at: first.created_at,
            ...(author === undefined ? {} : { authorName: author.name }),
          },
        }),
  };
}
