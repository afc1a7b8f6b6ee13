import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Messages } from '../i18n';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { LOAD_MARKS, markOnce } from './load-marks';
import type { ShellState } from './start-shell';

/**
 * Renders a location under the app shell. `started` is the shell's start (`startShell`), begun
 * by the entry before this module's imports ran, so Zendesk's handshake and first reads overlap
 * the evaluation of React, Garden and the location.
 */
export function mountLocation(
  location: ReactNode,
  english: Messages,
  started: Promise<ShellState>,
): void {
  markOnce(LOAD_MARKS.scriptRun);
  const container = document.getElementById('root');
  if (container === null) throw new Error('The location page needs a #root element.');
  createRoot(container).render(
    <StrictMode>
      <AppShell english={english} started={started}>
        <ErrorBoundary>{location}</ErrorBoundary>
      </AppShell>
    </StrictMode>,
  );
}
