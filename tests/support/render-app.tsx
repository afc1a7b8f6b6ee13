import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppShell } from '../../src/ui/app/AppShell';
import { startShell } from '../../src/ui/app/start-shell';
import type { StartingSession } from '../../src/ui/app/zendesk-context';
import en from '../../translations/en.json';
import { ErrorBoundary } from '../../src/ui/app/ErrorBoundary';
import { createZafHarness, type HarnessOptions, type ZafHarness } from './zaf-harness';

/**
 * Renders a location the way Zendesk would: the app shell connects the real SDK to the demo's ZAF
 * host (see zaf-harness.ts), learns the user, language and direction, then shows `ui`.
 * Pass `locale: 'he'` for the right-to-left variant, and `preload` to start the location's reads
 * before rendering, as the location's entry does.
 */
export function renderInZendesk(
  ui: ReactNode,
  options: HarnessOptions & {
    harness?: ZafHarness;
    preload?: (session: StartingSession) => void;
  } = {},
): RenderResult & { harness: ZafHarness } {
  const harness = options.harness ?? createZafHarness(options);
  const connect = () => harness.connect();
  const started =
    options.preload === undefined ? undefined : startShell(en, connect, options.preload);
  const result = render(
    <AppShell english={en} connect={connect} {...(started === undefined ? {} : { started })}>
      <ErrorBoundary>{ui}</ErrorBoundary>
    </AppShell>,
  );
  return { ...result, harness };
}
