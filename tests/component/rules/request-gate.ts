import { http } from 'msw';
import type { DemoDb } from '../../../src/demo/db/demo-db';
import { createHandlers } from '../../../src/demo/msw/handlers';
import type { ZafHarness } from '../../support/zaf-harness';

interface Held {
  readonly arrived: Promise<void>;
  release(): void;
}

/**
 * Holds a harness's installation requests so a test can interleave two saves exactly as it
 * wants. `shared`, when given, makes the harness talk to another harness's account, as two
 * admins' browsers talk to one Zendesk.
 */
export function gateInstallation(harness: ZafHarness, shared?: DemoDb) {
  if (shared !== undefined) harness.use(...createHandlers(shared));
  const seen = new Map<string, number>();
  const holds = new Map<string, { arrive: () => void; released: Promise<void> }>();
  harness.use(
    http.all('*/api/v2/apps/installations/:id.json', async ({ request }) => {
      const count = (seen.get(request.method) ?? 0) + 1;
      seen.set(request.method, count);
      const hold = holds.get(`${request.method} ${count}`);
      if (hold === undefined) return undefined;
      hold.arrive();
      await hold.released;
      // Returning nothing passes the request on to the account's own handlers.
      return undefined;
    }),
  );
  return {
    /** Holds the `nth` request of this method counted from now (1 = the next one). */
    hold(method: 'GET' | 'PUT', nth = 1): Held {
      let arrive = () => {};
      let release = () => {};
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.set(`${method} ${(seen.get(method) ?? 0) + nth}`, { arrive, released });
      return { arrived, release };
    },
  };
}
