import { packageOfReading } from '../../../../../core/contract';
import { conversationFromPackage, type BackTestTicket } from '../../../../../core/insights';
import type { ZendeskClient } from '../../../../../zendesk';
import {
  readReplayTicket,
  type ReplayOptions,
  type RestTicket,
} from '../../../../../zendesk/ticket';

const RULE_TAG = /^handoff_rule_(.+)$/;

/** A search result as the back-test replays it: what fired then, and its conversation. */
export async function readBackTestTicket(
  client: Pick<ZendeskClient, 'request'>,
  ticket: RestTicket,
  fieldId: number | undefined,
  options: ReplayOptions = {},
): Promise<BackTestTicket> {
  const pkg = packageOfReading(await readReplayTicket(client, ticket, fieldId, options));
  const trigger = pkg?.trigger;
  const tagged = ticket.tags?.map((tag) => RULE_TAG.exec(tag)?.[1]).find((id) => id !== undefined);
  const firedThen =
    trigger !== undefined
      ? { ruleId: trigger.ruleId, ...(trigger.label === undefined ? {} : { label: trigger.label }) }
      : tagged === undefined
        ? undefined
        : { ruleId: tagged };
  return {
    id: ticket.id,
    ...(ticket.subject === undefined ? {} : { subject: ticket.subject }),
    ...(firedThen === undefined ? {} : { firedThen }),
    ...(pkg === undefined || pkg.transcript.length === 0
      ? {}
      : { conversation: conversationFromPackage(pkg) }),
  };
}
