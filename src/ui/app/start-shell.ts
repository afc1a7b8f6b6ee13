import {
  connectToZendesk,
  readCurrentUser,
  ZendeskFailure,
  type ZendeskClient,
  type ZendeskError,
} from '../../zendesk';
import { createTranslator, type Translator } from '../i18n/translator';
import { loadMessages } from '../i18n/load-messages';
import type { Messages } from '../i18n/translation-key';
import { LOAD_MARKS, markOnce } from './load-marks';
import { rememberSettled } from './settled';
import type { StartingSession, ZendeskSession } from './zendesk-context';

// No React here: an entry runs this before the UI's modules evaluate (see entries/), so the
// handshake and the first reads are already in flight while React and Garden load.

export type ShellState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ZendeskError }
  | { readonly status: 'ready'; readonly session: ZendeskSession; readonly translator: Translator };

async function start(
  client: ZendeskClient,
  english: Messages,
  preload?: (session: StartingSession) => void,
): Promise<ShellState> {
  const known = Promise.all([client.metadata(), client.context()]);
  // The SDK resolves both from its registration, no round trip of their own. The location's first
  // reads start in the same task as `currentUser`, so the adapter sends them as one batched get.
  const asked = known.then(([metadata, context]) => {
    markOnce(LOAD_MARKS.registered);
    preload?.({ client, metadata, context });
    return client.get(['currentUser']);
  });
  const [[metadata, context], user] = await Promise.all([known, asked]);
  const currentUser = readCurrentUser(user.values.currentUser);
  const messages = await loadMessages(currentUser.locale, english);
  const translator = createTranslator(currentUser.locale, messages, english, currentUser.timeZone);
  markOnce(LOAD_MARKS.shellReady);
  return { status: 'ready', session: { client, metadata, context, currentUser }, translator };
}

/**
 * Connects and learns who is looking, never rejecting: a failure is a state to show. Called
 * before React's first render, so Zendesk's round trips overlap the loading of the UI.
 */
export function startShell(
  english: Messages,
  connect: () => ZendeskClient | ZendeskFailure = connectToZendesk,
  preload?: (session: StartingSession) => void,
): Promise<ShellState> {
  const client = connect();
  const starting: Promise<ShellState> =
    client instanceof ZendeskFailure
      ? Promise.resolve({ status: 'failed', error: client.error })
      : start(client, english, preload).catch((reason: unknown): ShellState => ({
          status: 'failed',
          error:
            reason instanceof ZendeskFailure
              ? reason.error
              : { kind: 'sdk', operation: 'start', message: String(reason) },
        }));
  // The shell renders a start that has already settled at once (settledValue).
  return rememberSettled(starting);
}
