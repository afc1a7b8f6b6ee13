import type { RequestHandler } from 'msw';
import type { DemoDb } from '../db/demo-db';
import { createConversationLogHandlers } from './conversation-log-handlers';
import { createInstallationHandlers } from './installation-handlers';
import { rateLimitHandler } from './rate-limit';
import { createSearchHandlers } from './search-handlers';
import { createTicketHandlers } from './ticket-handlers';

/**
 * The one MSW handler set for the Zendesk REST API, shared by the local host page, the
 * component tests and the benchmarks. Every request spends from the account's rate limit first.
 * Anything it does not answer is an error.
 */
export function createHandlers(db: DemoDb): RequestHandler[] {
  return [
    rateLimitHandler(db.rateLimit),
    ...createInstallationHandlers(db),
    ...createTicketHandlers(db),
    ...createConversationLogHandlers(db),
    ...createSearchHandlers(() => db.searchIndex()),
  ];
}
