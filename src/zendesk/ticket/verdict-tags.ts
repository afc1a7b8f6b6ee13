import { HANDOFF_TAG, VERDICTS, VERDICT_TAGS, type Verdict } from '../../core/routing';
import type { RetryOptions } from '../retry';
import type { ZendeskClient } from '../zendesk-client';
import { changeTicketTags, type TagChange } from './ticket-tags';

export type { TagChange };

// The sidebar takes the verdict vocabulary from here, beside the code that sets it.
export { VERDICTS, type Verdict };

const ALL_VERDICT_TAGS: readonly string[] = VERDICTS.map((verdict) => VERDICT_TAGS[verdict]);

/** The verdict a ticket's tags carry; both tags at once (set by hand) count as neither. */
export function verdictFromTags(tags: readonly string[]): Verdict | undefined {
  const found = VERDICTS.filter((verdict) => tags.includes(VERDICT_TAGS[verdict]));
  return found.length === 1 ? found[0] : undefined;
}

export function hasHandoffTag(tags: readonly string[]): boolean {
  return tags.includes(HANDOFF_TAG);
}

/** The tags that make `verdict` the only verdict on the ticket. */
function verdictChange(verdict: Verdict | undefined): TagChange {
  const add: string[] = verdict === undefined ? [] : [VERDICT_TAGS[verdict]];
  return { add, remove: ALL_VERDICT_TAGS.filter((tag) => !add.includes(tag)) };
}

async function editTicketView(client: ZendeskClient, change: TagChange): Promise<void> {
  if (change.remove.length > 0) await client.invoke('ticket.tags.remove', [...change.remove]);
  if (change.add.length > 0) await client.invoke('ticket.tags.add', [...change.add]);
}

/**
 * Sets the verdict in the agent's open ticket (ZAF, so their view stays in sync) and saves it at
 * once over REST (so Insights counts it before the agent submits). If the save fails, the ticket
 * view is put back to `from` and the failure is rethrown for the caller to roll back and explain.
 */
export async function saveVerdict(
  client: ZendeskClient,
  ticketId: number,
  from: Verdict | undefined,
  to: Verdict | undefined,
  options: Omit<RetryOptions, 'signal'> = {},
): Promise<TagChange> {
  const change = verdictChange(to);
  try {
    await editTicketView(client, change);
    await changeTicketTags(client, ticketId, change, options);
    return change;
  } catch (failure) {
    await editTicketView(client, verdictChange(from)).catch(() => undefined);
    throw failure;
  }
}
