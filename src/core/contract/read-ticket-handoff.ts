import { parseContextPackage, salvageContextPackage } from './parse-context-package.js';
import { readConversation } from './read-conversation.js';
import { recoverTranscript } from './recover-transcript.js';
import type {
  ContextPackage,
  HandoffReading,
  IntegrityNote,
  PartialContextPackage,
  TicketSnapshot,
  TranscriptMessage,
} from './types.js';

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

/** The ticket's messages: its conversation when it has one, else its first comment. */
function ticketTranscript(
  ticket: TicketSnapshot,
  conversation: readonly TranscriptMessage[],
  botNames: readonly string[],
): readonly TranscriptMessage[] {
  return conversation.length > 0 ? conversation : firstCommentTranscript(ticket, botNames);
}

/**
 * Fills the transcript and time of a salvaged package from the ticket. The requester is not
 * copied in as the customer: the brief shows it marked as the requester's (BriefOptions), since
 * a bot's API user can be the requester and the bot never vouched for it.
 */
function withTicketFacts(
  salvage: PartialContextPackage,
  ticket: TicketSnapshot,
  transcript: readonly TranscriptMessage[],
): PartialContextPackage {
  const handedOffAt = salvage.handedOffAt ?? ticket.createdAt;
  return {
    ...salvage,
    transcript: salvage.transcript.length > 0 ? salvage.transcript : transcript,
    ...(handedOffAt === undefined ? {} : { handedOffAt }),
  };
}

/** Nothing tells how to reach the customer: no email from the bot, none on the requester. */
function contactNote(pkg: PartialContextPackage, ticket: TicketSnapshot): IntegrityNote[] {
  const email = pkg.customer?.email ?? ticket.requester?.email;
  return email === undefined || email.trim() === '' ? [{ code: 'no_contact' }] : [];
}

/**
 * A compact package joined with the ticket's conversation: the conversation is the transcript,
 * and the firing message is found again there by its words (the bot's index counted the bot's
 * messages, not the ticket's). Says what the ticket holds short of what the bot had.
 */
function joinCompact(
  pkg: ContextPackage,
  conversation: readonly TranscriptMessage[],
  ticket: TicketSnapshot,
): { package: ContextPackage; integrity: IntegrityNote[] } {
  const compact = pkg.compact ?? { omitted: [] };
  const trigger = { ...pkg.trigger };
  delete trigger.messageIndex;
  const integrity: IntegrityNote[] = [];
  const seen = compact.messageCount;
  const held = conversation.filter((m) => m.role !== 'system').length;
  if (conversation.length === 0) {
    integrity.push({ code: 'history_missing', params: { saw: seen ?? 0 } });
  } else if (seen !== undefined && held < seen) {
    integrity.push({ code: 'history_cut', params: { saw: seen, holds: held } });
  }
  if (compact.omitted.length > 0)
    integrity.push({ code: 'omitted', params: { fields: compact.omitted.join(',') } });
  const joined: ContextPackage = { ...pkg, trigger, transcript: conversation };
  return { package: joined, integrity: [...integrity, ...contactNote(joined, ticket)] };
}

/** What the app can make of a ticket, best source first; never throws. */
export function readTicketHandoff(
  ticket: TicketSnapshot,
  options: { botNames?: readonly string[] } = {},
): HandoffReading {
  const botNames = options.botNames ?? [];
  const conversation = readConversation(ticket.conversation ?? [], { botNames });
  if (!isEmptyField(ticket.contextField)) {
    const parsed = parseContextPackage(ticket.contextField);
    if (parsed.ok && parsed.value.compact !== undefined) {
      const { package: joined, integrity } = joinCompact(parsed.value, conversation, ticket);
      const warnings = parsed.warnings.filter((w) => w.code !== 'message_index_outside');
      return {
        kind: 'package',
        package: joined,
        warnings,
        transcriptSource: 'conversation',
        integrity,
      };
    }
    if (parsed.ok) {
      return {
        kind: 'package',
        package: parsed.value,
        warnings: parsed.warnings,
        transcriptSource: 'package',
        integrity: contactNote(parsed.value, ticket),
      };
    }
    const transcript = ticketTranscript(ticket, conversation, botNames);
    return {
      kind: 'malformed',
      issues: parsed.issues,
      salvage: withTicketFacts(salvageContextPackage(ticket.contextField), ticket, transcript),
    };
  }
  const handedOffAt = ticket.createdAt;
  const at = handedOffAt === undefined ? {} : { handedOffAt };
  if (conversation.length > 0) {
    const pkg = { transcript: conversation, ...at };
    return {
      kind: 'recovered',
      layout: 'conversation',
      package: pkg,
      integrity: contactNote(pkg, ticket),
    };
  }
  const recovered = recoverFromTicket(ticket, botNames);
  if (recovered === undefined) return { kind: 'none' };
  const pkg = { transcript: recovered.messages, ...at };
  return {
    kind: 'recovered',
    layout: recovered.layout,
    package: pkg,
    integrity: contactNote(pkg, ticket),
  };
}

/** The package a reading holds: the valid one, the recovered one or the salvage; none for none. */
export function packageOfReading(reading: HandoffReading): PartialContextPackage | undefined {
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
      throw new Error(`Unknown handoff reading ${JSON.stringify(unreachable)}`);
    }
  }
}
