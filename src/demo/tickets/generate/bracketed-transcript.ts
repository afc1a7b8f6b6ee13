import type { TranscriptRole, TranscriptMessage } from '../../../core/contract';

export type RoleLabels = Readonly<Record<TranscriptRole, string>>;

/**
 * A transcript as a bot writes it into the ticket's first comment, one
 * `[2026-11-20 10:32] Customer: text` line per message (times in UTC), the layout
 * recover-transcript.ts reads back. A message's further lines follow as they are.
 */
export function formatBracketedTranscript(
  messages: readonly TranscriptMessage[],
  labels: RoleLabels,
): string {
  return messages
    .map((message) => {
      const at = message.at ?? '';
      return `[${at.slice(0, 10)} ${at.slice(11, 16)}] ${labels[message.role]}: ${message.text}`;
    })
    .join('\n');
}
