import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';

export function mountLocation(location: ReactNode): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('The location page needs a #root element.');
  createRoot(container).render(
    <StrictMode>
      <AppShell>
        <ErrorBoundary>{location}</ErrorBoundary>
      </AppShell>
    </StrictMode>,
  );
}
