import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  connectToZendesk,
  ZendeskFailure,
  type ZendeskClient,
  type ZendeskError,
} from '../../zendesk';
import {
  I18nProvider,
  createTranslator,
  fallbackMessages,
  loadMessages,
  type Translator,
} from '../i18n';
import { ZendeskErrorState } from '../components/ZendeskErrorState';
import { LoadingState } from '../components/LoadingState';
import { AppGlobalStyle } from './AppGlobalStyle';
import { readCurrentUser } from './read-current-user';
import { ZendeskSessionContext, type ZendeskSession } from './zendesk-context';

type ShellState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ZendeskError }
  | { readonly status: 'ready'; readonly session: ZendeskSession; readonly translator: Translator };

async function start(client: ZendeskClient): Promise<ShellState> {
  const [metadata, context, user] = await Promise.all([
    client.metadata(),
    client.context(),
    client.get(['currentUser']),
  ]);
  const currentUser = readCurrentUser(user.values.currentUser);
  const messages = await loadMessages(currentUser.locale);
  const translator = createTranslator(
    currentUser.locale,
    messages,
    fallbackMessages,
    currentUser.timeZone,
  );
  return { status: 'ready', session: { client, metadata, context, currentUser }, translator };
}

const englishTranslator = createTranslator('en', fallbackMessages, fallbackMessages);

/**
 * Connects to Zendesk once, learns who is looking and in which language, then renders
 * the location. Never renders nothing: a loading skeleton, a clear failure or the app.
 */
export function AppShell({
  children,
  connect = connectToZendesk,
}: {
  children: ReactNode;
  connect?: () => ZendeskClient | ZendeskFailure;
}) {
  const [state, setState] = useState<ShellState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const client = connect();
    const settle = (next: ShellState) => live && setState(next);
    if (client instanceof ZendeskFailure) {
      settle({ status: 'failed', error: client.error });
    } else {
      start(client).then(settle, (reason: unknown) =>
        settle({
          status: 'failed',
          error:
            reason instanceof ZendeskFailure
              ? reason.error
              : { kind: 'sdk', operation: 'start', message: String(reason) },
        }),
      );
    }
    return () => {
      live = false;
    };
  }, [connect, attempt]);

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
