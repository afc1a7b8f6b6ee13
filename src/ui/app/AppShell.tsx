import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { connectToZendesk, type ZendeskClient, type ZendeskFailure } from '../../zendesk';
import { I18nProvider, createTranslator, type Messages } from '../i18n';
import { ZendeskErrorState } from '../components/ZendeskErrorState';
import { LoadingState } from '../components/LoadingState';
import { AppGlobalStyle } from './AppGlobalStyle';
import { settledValue } from './settled';
import { startShell, type ShellState } from './start-shell';
import { ZendeskSessionContext } from './zendesk-context';

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
  // Zendesk often answers while the UI is still loading: then the first render is the app.
  const [state, setState] = useState<ShellState>(
    () => (started === undefined ? undefined : settledValue(started)) ?? { status: 'loading' },
  );
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
