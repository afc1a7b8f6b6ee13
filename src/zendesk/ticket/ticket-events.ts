/** The ZAF events of the open ticket the sidebar follows (Support API, ticket sidebar). */
export const TICKET_EVENTS = {
  tagsChanged: 'ticket.tags.changed',
  /** New chat or messaging messages (support.zendesk.com 4409971483674). */
  conversationChanged: 'ticket.conversation.changed',
  fieldChanged: (fieldId: number) => `ticket.custom_field_${fieldId}.changed`,
} as const;
