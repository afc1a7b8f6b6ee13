import type { PartialContextPackage, TranscriptMessage } from '../contract/index.js';
import { isIsoDateTime, isNonEmptyString } from '../shared/index.js';
import { firingIndex, firingSpan } from './firing.js';
import type { AuthorLabel, BriefOptions, TranscriptRow } from './types.js';

function authorOf(
  message: TranscriptMessage,
  customerName: string | undefined,
  botName: string | undefined,
): AuthorLabel {
  // A recovered transcript names each speaker: that beats anything the app assumes.
  if (isNonEmptyString(message.author)) return { kind: 'name', name: message.author };
  const name =
    message.role === 'customer' ? customerName : message.role === 'bot' ? botName : undefined;
  return name === undefined ? { kind: 'role', role: message.role } : { kind: 'name', name };
}

/**
 * One row per transcript message, oldest first, for the transcript view. The author is the
 * name the transcript gave, else the customer's name or `options.botName`, else a role the UI
 * translates. Only the firing message carries highlights (offsets into its full text).
 */
export function transcriptRows(
  pkg: PartialContextPackage,
  options: Pick<BriefOptions, 'botName'> = {},
): TranscriptRow[] {
  const firing = firingIndex(pkg);
  const span = firingSpan(pkg, firing);
  const customerName = isNonEmptyString(pkg.customer?.name) ? pkg.customer.name : undefined;
  const botName = isNonEmptyString(options.botName) ? options.botName : undefined;
  return pkg.transcript.map((message, index) => ({
    index,
    role: message.role,
    kind: message.kind ?? 'text',
    author: authorOf(message, customerName, botName),
    ...(isIsoDateTime(message.at) ? { at: message.at } : {}),
    text: message.text,
    highlights: index === firing && span !== undefined ? [span] : [],
    isFiring: index === firing,
  }));
}
