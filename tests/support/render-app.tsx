import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppShell } from '../../src/ui/app/AppShell';
import en from '../../translations/en.json';
import { ErrorBoundary } from '../../src/ui/app/ErrorBoundary';
import { createZafHarness, type HarnessOptions, type ZafHarness } from './zaf-harness';

/**
 * Renders a location the way Zendesk would: the app shell connects the real SDK to the demo's ZAF
 * host (see zaf-harness.ts), learns the user, language and direction, then shows `ui`.
 * Pass `locale: 'he'` for the right-to-left variant.
 */
export function renderInZendesk(
  ui: ReactNode,
  options: HarnessOptions & { harness?: ZafHarness } = {},
): RenderResult & { harness: ZafHarness } {
  const harness = options.harness ?? createZafHarness(options);
  const connect = () => harness.connect();
  const result = render(
    <AppShell english={en} connect={connect}>
      <ErrorBoundary>{ui}</ErrorBoundary>
    </AppShell>,
  );
  return { ...result, harness };
}
