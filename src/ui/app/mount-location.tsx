import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Messages } from '../i18n';
import { connectToZendesk } from '../../zendesk';
import { AppShell, startShell } from './AppShell';
import type { StartingSession } from './zendesk-context';
import { ErrorBoundary } from './ErrorBoundary';
import { LOAD_MARKS, markOnce } from './load-marks';

/**
 * Renders a location under the app shell. Zendesk's handshake and first reads start before
 * React's first render; `preload` starts the location's own reads as soon as the metadata and
 * context are known, so they overlap the shell's.
 */
export function mountLocation(
  location: ReactNode,
  english: Messages,
  preload?: (session: StartingSession) => void,
): void {
  markOnce(LOAD_MARKS.scriptRun);
  const container = document.getElementById('root');
  if (container === null) throw new Error('The location page needs a #root element.');
  const started = startShell(english, connectToZendesk, preload);
  createRoot(container).render(
    <StrictMode>
      <AppShell english={english} started={started}>
        <ErrorBoundary>{location}</ErrorBoundary>
      </AppShell>
    </StrictMode>,
  );
}
