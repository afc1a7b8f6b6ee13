import { useEffect, useMemo, useRef, useState } from 'react';
import { toZendeskError, type ZendeskError } from '../../../zendesk';
import {
  loadTicketHandoff,
  readTags,
  TICKET_EVENTS,
  type TicketHandoff,
} from '../../../zendesk/ticket';
import { useZendesk } from '../../app/zendesk-context';
import { arrivedFirstLoad, takeFirstLoad, ticketHandoffOptions } from './first-load';

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

/**
 * The open ticket's handoff, kept current: loaded once, re-read in place (the old brief stays
 * until the new one is ready) when the context field changes, and its tags followed live.
 */
export function useTicketHandoff(): { state: HandoffState; retry: () => void } {
  const { client, metadata, context } = useZendesk();
  // When the preload has already brought the ticket, the first render is the brief itself.
  const [state, setState] = useState<HandoffState>(() => {
    const arrived = arrivedFirstLoad(client);
    return arrived === undefined ? { status: 'loading' } : { status: 'ready', handoff: arrived };
  });
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
      (handoff) =>
        live &&
        // The same handoff the first render showed: no second render.
        setState((before) =>
          before.status === 'ready' && before.handoff === handoff
            ? before
            : { status: 'ready', handoff },
        ),
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
