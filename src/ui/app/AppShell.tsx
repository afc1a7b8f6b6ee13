import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  connectToZendesk,
  readCurrentUser,
  ZendeskFailure,
  type ZendeskClient,
  type ZendeskError,
} from '../../zendesk';
import {
  I18nProvider,
  createTranslator,
  loadMessages,
  type Messages,
  type Translator,
} from '../i18n';
import { ZendeskErrorState } from '../components/ZendeskErrorState';
import { LoadingState } from '../components/LoadingState';
import { AppGlobalStyle } from './AppGlobalStyle';
import { LOAD_MARKS, markOnce } from './load-marks';
import {
  ZendeskSessionContext,
  type StartingSession,
  type ZendeskSession,
} from './zendesk-context';

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
 * before React's first render, so Zendesk's round trips overlap the skeleton's paint.
 */
export function startShell(
  english: Messages,
  connect: () => ZendeskClient | ZendeskFailure = connectToZendesk,
  preload?: (session: StartingSession) => void,
): Promise<ShellState> {
  const client = connect();
  if (client instanceof ZendeskFailure)
    return Promise.resolve({ status: 'failed', error: client.error });
  return start(client, english, preload).catch((reason: unknown): ShellState => ({
    status: 'failed',
    error:
      reason instanceof ZendeskFailure
        ? reason.error
        : { kind: 'sdk', operation: 'start', message: String(reason) },
  }));
}

/**
 * Connects to Zendesk once, learns who is looking and in which language, then renders
 * the location. Never renders nothing: a loading skeleton, a clear failure or the app.
 */
export function AppShell({
  children,
  english,
  connect = connectToZendesk,
  started,
}: {
  children: ReactNode;
  /** The English this location shows: its words until the agent's language loads. */
  english: Messages;
  connect?: () => ZendeskClient | ZendeskFailure;
  /** The first start, begun before rendering (`startShell`); a retry starts afresh. */
  started?: Promise<ShellState>;
}) {
  const [state, setState] = useState<ShellState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const starting =
      attempt === 0 && started !== undefined ? started : startShell(english, connect);
    void starting.then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [english, connect, started, attempt]);

  const englishTranslator = useMemo(() => createTranslator('en', english, english), [english]);

  const translator = state.status === 'ready' ? state.translator : englishTranslator;
  const theme = useMemo(
    () => ({ ...DEFAULT_THEME, rtl: translator.dir === 'rtl' }),
    [translator.dir],
  );

  useEffect(() => {
    document.documentElement.lang = translator.locale;
    document.documentElement.dir = translator.dir;
  }, [translator]);

  return (
    <ThemeProvider theme={theme}>
      <AppGlobalStyle />
      <I18nProvider translator={translator}>
        {state.status === 'loading' && <LoadingState />}
        {state.status === 'failed' && (
          <ZendeskErrorState
            error={state.error}
            onRetry={() => {
              setState({ status: 'loading' });
              setAttempt((n) => n + 1);
            }}
          />
        )}
        {state.status === 'ready' && (
          <ZendeskSessionContext.Provider value={state.session}>
            {children}
          </ZendeskSessionContext.Provider>
        )}
      </I18nProvider>
    </ThemeProvider>
  );
}
