import { useEffect, useMemo, useRef, useState } from 'react';
import {
  toZendeskError,
  type AppContext,
  type AppMetadata,
  type ZendeskClient,
  type ZendeskError,
} from '../../../zendesk';
import {
  loadTicketHandoff,
  localFieldIdCache,
  readTags,
  TICKET_EVENTS,
  type LoadOptions,
  type TicketHandoff,
} from '../../../zendesk/ticket';
import { LOAD_MARKS, markOnce } from '../../app/load-marks';
import { useZendesk, type StartingSession } from '../../app/zendesk-context';
import { readBotName } from '../../../zendesk/settings';

export type HandoffState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ZendeskError }
  | { readonly status: 'ready'; readonly handoff: TicketHandoff };

/** Typing in the field sends one change event per keystroke; read once it settles. */
const FIELD_CHANGE_SETTLE_MS = 120;

function withTags(state: HandoffState, tags: string[]): HandoffState {
  if (state.status !== 'ready') return state;
  const { handoff } = state;
  return { status: 'ready', handoff: { ...handoff, snapshot: { ...handoff.snapshot, tags } } };
}

/** How the sidebar loads a ticket's handoff, from what Zendesk said at start-up. */
function ticketHandoffOptions(metadata: AppMetadata, context: AppContext): LoadOptions {
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
// The first load, begun as soon as Zendesk gave the metadata and context (see mount-location),
// kept settled so a failure is never an unhandled rejection before the sidebar takes it.
const firstLoads = new WeakMap<ZendeskClient, Promise<Settled>>();

/** Starts the ticket's first load while the app shell is still starting. */
export function preloadTicketHandoff(start: StartingSession): void {
  const { client, metadata, context } = start;
  firstLoads.set(
    client,
    loadTicketHandoff(client, ticketHandoffOptions(metadata, context)).then(
      (value): Settled => {
        markOnce(LOAD_MARKS.ticketRead);
        return { ok: true, value };
      },
      (reason: unknown): Settled => ({ ok: false, reason }),
    ),
  );
}

function takeFirstLoad(client: ZendeskClient, options: LoadOptions): Promise<TicketHandoff> {
  const first = firstLoads.get(client);
  firstLoads.delete(client);
  if (first === undefined) return loadTicketHandoff(client, options);
  return first.then((settled) => (settled.ok ? settled.value : Promise.reject(settled.reason)));
}

/**
 * The open ticket's handoff, kept current: loaded once, re-read in place (the old brief stays
 * until the new one is ready) when the context field changes, and its tags followed live.
 */
export function useTicketHandoff(): { state: HandoffState; retry: () => void } {
  const { client, metadata, context } = useZendesk();
  const [state, setState] = useState<HandoffState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef<HandoffState>(state);
  const options = useMemo(() => ticketHandoffOptions(metadata, context), [metadata, context]);

  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    let live = true;
    const loading =
      attempt === 0 ? takeFirstLoad(client, options) : loadTicketHandoff(client, options);
    loading.then(
      (handoff) => live && setState({ status: 'ready', handoff }),
      (reason: unknown) =>
        live && setState({ status: 'failed', error: toZendeskError(reason, 'load ticket') }),
    );
    return () => {
      live = false;
    };
  }, [client, options, attempt]);

  const current = state.status === 'ready' ? state.handoff : undefined;
  const fieldId = current?.field.kind === 'found' ? current.field.id : undefined;
  const isReady = current !== undefined;
  useEffect(() => {
    if (!isReady) return undefined;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reads = 0;
    const reread = () => {
      const read = (reads += 1);
      const now = latest.current;
      const previous = now.status === 'ready' ? now.handoff : undefined;
      loadTicketHandoff(client, {
        ...options,
        ...(previous === undefined ? {} : { previous }),
      }).then(
        (handoff) => live && read === reads && setState({ status: 'ready', handoff }),
        // The last good brief stays up; the next change or a reload tries again.
        () => undefined,
      );
    };
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(reread, FIELD_CHANGE_SETTLE_MS);
    };
    // The bot may write its package after Zendesk created the ticket, and a messaging
    // conversation grows while the agent reads: either change re-reads the brief in place.
    const offs = [
      client.on(TICKET_EVENTS.conversationChanged, settle),
      ...(fieldId === undefined ? [] : [client.on(TICKET_EVENTS.fieldChanged(fieldId), settle)]),
    ];
    return () => {
      live = false;
      clearTimeout(timer);
      for (const off of offs) off();
    };
  }, [client, options, fieldId, isReady]);

  useEffect(() => {
    let live = true;
    const off = client.on(TICKET_EVENTS.tagsChanged, (payload) => {
      if (Array.isArray(payload)) {
        setState((before) => withTags(before, readTags(payload)));
        return;
      }
      client.get(['ticket.tags']).then(
        ({ values }) =>
          live && setState((before) => withTags(before, readTags(values['ticket.tags']))),
        () => undefined,
      );
    });
    return () => {
      live = false;
      off();
    };
  }, [client]);

  return {
    state,
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}
