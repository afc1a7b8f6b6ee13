import { parseContextPackage, salvageContextPackage } from './parse-context-package';
import { recoverTranscript } from './recover-transcript';
import type {
  HandoffReading,
  PartialContextPackage,
  TicketSnapshot,
  TranscriptMessage,
} from './types';

function isEmptyField(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function recoverFromTicket(ticket: TicketSnapshot, botNames: readonly string[]) {
  const text = ticket.firstComment?.text;
  if (text === undefined) return undefined;
  return recoverTranscript(text, {
    ...(ticket.createdAt === undefined ? {} : { ticketCreatedAt: ticket.createdAt }),
    ...(ticket.requester?.name === undefined ? {} : { requesterName: ticket.requester.name }),
    botNames,
  });
}

function firstCommentTranscript(
  ticket: TicketSnapshot,
  botNames: readonly string[],
): TranscriptMessage[] {
  const comment = ticket.firstComment;
  if (comment === undefined || comment.text.trim() === '') return [];
  const recovered = recoverFromTicket(ticket, botNames);
  if (recovered !== undefined) return recovered.messages;
  const at = comment.at ?? ticket.createdAt;
  return [{ ...(at === undefined ? {} : { at }), role: 'customer', text: comment.text.trim() }];
}

/**
 * Fills the transcript and time of a salvaged package from the ticket. The requester is not
 * copied in as the customer: the brief shows it marked as the requester's (BriefOptions), since
 * a bot's API user can be the requester and the bot never vouched for it.
 */
function withTicketFacts(
  salvage: PartialContextPackage,
  ticket: TicketSnapshot,
  botNames: readonly string[],
): PartialContextPackage {
  const transcript =
    salvage.transcript.length > 0 ? salvage.transcript : firstCommentTranscript(ticket, botNames);
  const handedOffAt = salvage.handedOffAt ?? ticket.createdAt;
  return {
    ...salvage,
    transcript,
    ...(handedOffAt === undefined ? {} : { handedOffAt }),
  };
}

/** What the app can make of a ticket, best source first; never throws. */
export function readTicketHandoff(
  ticket: TicketSnapshot,
  options: { botNames?: readonly string[] } = {},
): HandoffReading {
  const botNames = options.botNames ?? [];
  if (!isEmptyField(ticket.contextField)) {
    const parsed = parseContextPackage(ticket.contextField);
    if (parsed.ok) return { kind: 'package', package: parsed.value, warnings: parsed.warnings };
    return {
      kind: 'malformed',
      issues: parsed.issues,
      salvage: withTicketFacts(salvageContextPackage(ticket.contextField), ticket, botNames),
    };
  }
  const recovered = recoverFromTicket(ticket, botNames);
  if (recovered === undefined) return { kind: 'none' };
  const handedOffAt = ticket.createdAt;
  return {
    kind: 'recovered',
    layout: recovered.layout,
    package: {
      transcript: recovered.messages,
      ...(handedOffAt === undefined ? {} : { handedOffAt }),
    },
  };
}
