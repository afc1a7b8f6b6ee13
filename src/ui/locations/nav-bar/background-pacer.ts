import { createRequestPacer, type RequestPacer } from '../../../zendesk/search';

let pacer: RequestPacer | undefined;

/**
 * The one pacer of the tab's background requests (Insights and the back-test together), so the
 * tab as a whole keeps to its share of the account's rate limit however the lead clicks.
 */
export function backgroundPacer(): RequestPacer {
  pacer ??= createRequestPacer();
  return pacer;
}
