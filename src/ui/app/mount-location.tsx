import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Messages } from '../i18n';
import { AppShell, startShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';

export function mountLocation(location: ReactNode, english: Messages): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The location page needs a #root element.');
  // Zendesk's handshake and first reads start now and run while React paints the skeleton.
  const started = startShell(english);
  createRoot(container).render(
    <StrictMode>
      <AppShell english={english} started={started}>
        <ErrorBoundary>{location}</ErrorBoundary>
      </AppShell>
    </StrictMode>,
  );
}
