import type { ConversationMessage } from '../../../../../core/routing';
import type { TranscriptRole } from '../../../../../core/contract';

/** Line prefixes that set a message's role; the words are English on purpose, like the contract. */
const PREFIXES: readonly [RegExp, TranscriptRole][] = [
  [/^\s*customer\s*:\s?/i, 'customer'],
  [/^\s*bot\s*:\s?/i, 'bot'],
  [/^\s*agent\s*:\s?/i, 'agent'],
  [/^\s*system\s*:\s?/i, 'system'],
  [/^\s*unknown\s*:\s?/i, 'unknown'],
];

/** One message per line; `Bot:`/`Customer:` (and `Agent:`/`System:`) set the role, default customer. */
export function parseConversationText(text: string): ConversationMessage[] {
  const messages: ConversationMessage[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const prefix = PREFIXES.find(([pattern]) => pattern.test(line));
    messages.push(
      prefix === undefined
        ? { role: 'customer', text: line }
        : { role: prefix[1], text: line.replace(prefix[0], '') },
    );
  }
  return messages;
}

const LABELS: Record<TranscriptRole, string> = {
  customer: 'Customer',
  bot: 'Bot',
  agent: 'Agent',
  system: 'System',
  // A conversation's message whose author the app could not place (never evaluated as the customer's).
  unknown: 'Unknown',
};

/** The reverse, for a loaded ticket: one line per message with its role prefix. */
export function formatConversationText(
  messages: readonly { role: TranscriptRole; text: string }[],
): string {
  return messages.map((m) => `${LABELS[m.role]}: ${m.text.replace(/\s*\n\s*/g, ' ')}`).join('\n');
}
