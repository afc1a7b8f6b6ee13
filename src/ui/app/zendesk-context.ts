import { createContext, useContext } from 'react';
import type { AppContext, AppMetadata, CurrentUser, ZendeskClient } from '../../zendesk';

export type { CurrentUser, UserRole } from '../../zendesk';

/** What Zendesk has said before the user is known: enough for a location to start its reads. */
export interface StartingSession {
  readonly client: ZendeskClient;
  readonly metadata: AppMetadata;
  readonly context: AppContext;
}

export interface ZendeskSession extends StartingSession {
  readonly currentUser: CurrentUser;
}

export const ZendeskSessionContext = createContext<ZendeskSession | null>(null);

/** The one ZAF client and what the app learned at start-up; only valid below <AppShell>. */
export function useZendesk(): ZendeskSession {
  const session = useContext(ZendeskSessionContext);
  if (session === null) throw new Error('useZendesk() needs the <AppShell> above it.');
  return session;
}
