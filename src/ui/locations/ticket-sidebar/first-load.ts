import type { AppContext, AppMetadata, ZendeskClient } from '../../../zendesk';
import {
  loadTicketHandoff,
  localFieldIdCache,
  type LoadOptions,
  type TicketHandoff,
} from '../../../zendesk/ticket';
import { readBotName } from '../../../zendesk/settings';
import { LOAD_MARKS, markOnce } from '../../app/load-marks';
import { rememberSettled, settledValue } from '../../app/settled';
import type { StartingSession } from '../../app/zendesk-context';

// No React here: the sidebar's entry starts this load before React and the UI have loaded.

/** How the sidebar loads a ticket's handoff, from what Zendesk said at start-up. */
export function ticketHandoffOptions(metadata: AppMetadata, context: AppContext): LoadOptions {
  const botName = readBotName(metadata.settings);
  return {
    lookup: {
      installationId: metadata.installationId,
      setting: metadata.settings['context_field_id'],
      location: context.location,
      cache: localFieldIdCache(),
    },
    botNames: botName === undefined ? [] : [botName],
    ...(context.ticketId === undefined ? {} : { ticketId: context.ticketId }),
  };
}

type Settled =
  { readonly ok: true; value: TicketHandoff } | { readonly ok: false; reason: unknown };
// The first load, begun as soon as Zendesk gave the metadata and context (see sidebar-start.ts),
// kept settled so a failure is never an unhandled rejection before the sidebar takes it.
const firstLoads = new WeakMap<ZendeskClient, Promise<Settled>>();

/** Starts the ticket's first load while the app shell is still starting. */
export function preloadTicketHandoff(start: StartingSession): void {
  const { client, metadata, context } = start;
  const loading = loadTicketHandoff(client, ticketHandoffOptions(metadata, context)).then(
    (value): Settled => {
      markOnce(LOAD_MARKS.ticketRead);
      return { ok: true, value };
    },
    (reason: unknown): Settled => ({ ok: false, reason }),
  );
  firstLoads.set(client, rememberSettled(loading));
}

/**
 * The first load's handoff when it has already arrived, without taking it: the sidebar's first
 * render then shows the brief rather than a skeleton. A failed load is left to the effect that
 * takes it, which shows the failure.
 */
export function arrivedFirstLoad(client: ZendeskClient): TicketHandoff | undefined {
  const first = firstLoads.get(client);
  const settled = first === undefined ? undefined : settledValue(first);
  return settled?.ok === true ? settled.value : undefined;
}

/** The preloaded first load of this client's ticket, once; a later call loads afresh. */
export function takeFirstLoad(client: ZendeskClient, options: LoadOptions): Promise<TicketHandoff> {
  const first = firstLoads.get(client);
  firstLoads.delete(client);
  if (first === undefined) return loadTicketHandoff(client, options);
  return first.then((settled) => (settled.ok ? settled.value : Promise.reject(settled.reason)));
}
