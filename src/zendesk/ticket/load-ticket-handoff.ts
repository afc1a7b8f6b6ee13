import { readTicketHandoff, type HandoffReading, type TicketSnapshot } from '../../core/contract';
import type { ZendeskClient } from '../zendesk-client';
import { toZendeskError, type ZendeskError } from '../zendesk-error';
import { resolveContextFieldId, type FieldLookup, type FieldResolution } from './context-field-id';
import { fetchFirstComment, type FirstComment } from './first-comment';
import { readTicketSnapshot } from './read-ticket-snapshot';

export interface TicketHandoff {
  readonly field: FieldResolution;
  /** The field id was found but ZAF could not read it on this ticket (e.g. a wrong override). */
  readonly fieldUnreadable: boolean;
  readonly snapshot: TicketSnapshot;
  readonly reading: HandoffReading;
  /** The first comment: absent when it was not needed, null when the ticket has none. */
  readonly firstComment?: FirstComment | null;
  /** Why the first comment, which this ticket needed, could not be read. */
  readonly commentError?: ZendeskError;
}

export interface LoadOptions {
  readonly lookup: FieldLookup;
  /** From the app's context; the snapshot's id is used when absent. */
  readonly ticketId?: number;
  readonly botNames: readonly string[];
  /** An earlier load of the same ticket: its field and first comment are reused. */
  readonly previous?: TicketHandoff;
}

const fieldIdOf = (field: FieldResolution) => (field.kind === 'found' ? field.id : undefined);

async function readSnapshot(client: ZendeskClient, options: LoadOptions) {
  const { lookup, previous } = options;
  let field = previous?.field ?? (await resolveContextFieldId(client, lookup));
  let read = await readTicketSnapshot(client, fieldIdOf(field));
  if (read.fieldError !== undefined && field.kind === 'found' && field.source === 'cache') {
    // The cached id went stale (the field was deleted and recreated): look it up afresh once.
    lookup.cache.forget(lookup.installationId);
    field = await resolveContextFieldId(client, lookup, { skipCache: true });
    read = await readTicketSnapshot(client, fieldIdOf(field));
  }
  return { field, read };
}

/**
 * The first comment is the transcript of last resort: not needed once a valid package or the
 * ticket's messaging conversation gives one.
 */
function needsFirstComment(reading: HandoffReading, snapshot: TicketSnapshot): boolean {
  if (reading.kind === 'package') return false;
  if (reading.kind === 'recovered') return reading.layout !== 'conversation';
  if (reading.kind === 'malformed') {
    const fromConversation = (snapshot.conversation ?? []).length > 0;
    return !(fromConversation && reading.salvage.transcript.length > 0);
  }
  return true;
}

/**
 * What the sidebar knows about a ticket's handoff: one batched ZAF `get`, and the first comment
 * over REST only when neither a valid package nor a messaging conversation holds the transcript.
 */
export async function loadTicketHandoff(
  client: ZendeskClient,
  options: LoadOptions,
): Promise<TicketHandoff> {
  const { field, read } = await readSnapshot(client, options);
  const fieldUnreadable = read.fieldError !== undefined;
  const botNames = options.botNames;
  const direct = readTicketHandoff(read.snapshot, { botNames });
  if (!needsFirstComment(direct, read.snapshot)) {
    return { field, fieldUnreadable, snapshot: read.snapshot, reading: direct };
  }
  const ticketId = options.ticketId ?? read.snapshot.id;
  let firstComment = options.previous?.firstComment;
  let commentError: ZendeskError | undefined;
  if (firstComment === undefined && ticketId !== undefined) {
    try {
      firstComment = (await fetchFirstComment(client, ticketId)) ?? null;
    } catch (reason) {
      commentError = toZendeskError(reason, 'first comment');
    }
  }
  const snapshot =
    firstComment === undefined || firstComment === null
      ? read.snapshot
      : { ...read.snapshot, firstComment };
  return {
    field,
    fieldUnreadable,
    snapshot,
    reading: readTicketHandoff(snapshot, { botNames }),
    ...(firstComment === undefined ? {} : { firstComment }),
    ...(commentError === undefined ? {} : { commentError }),
  };
}
