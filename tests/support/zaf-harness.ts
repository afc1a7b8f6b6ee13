import type { RequestHandler } from 'msw';
import ZafSdkClient from 'zendesk_app_framework_sdk/lib/client';
import { DemoDb, type DemoRole } from '../../src/demo/db/demo-db';
import { DEMO_ACCOUNT } from '../../src/demo/demo-account';
import { createHandlers } from '../../src/demo/msw/handlers';
import { AccountRateLimit } from '../../src/demo/msw/rate-limit';
import { demoZafData, type DemoLocation, type DemoView } from '../../src/demo/host/demo-zaf-data';
import { followDemoChanges } from '../../src/demo/host/follow-demo-changes';
import { mswRequest } from '../../src/demo/host/host-request';
import { ZafHost, type HostCall } from '../../src/demo/host/zaf-host';
import type { TicketFile } from '../../src/demo/zendesk-records';
import { serializeRuleSet, DEFAULT_RULES } from '../../src/core/routing';
import { ZendeskClient, type RawZafClient } from '../../src/zendesk';
import { reportUnhandledRequest } from './unhandled-requests';

const HOST_ORIGIN = 'https://handoff-demo.zendesk.com';

export interface HarnessOptions {
  readonly tickets?: readonly TicketFile[];
  readonly ticketId?: number;
  readonly role?: DemoRole;
  readonly location?: DemoLocation;
  readonly locale?: string;
  readonly timeZone?: string;
  readonly settings?: Readonly<Record<string, string>>;
  /** A ZAF call this returns true for is never answered (the SDK then times out). */
  readonly drop?: (call: HostCall) => boolean;
  /** Passed to the adapter, so timeout tests need not wait 10 s. */
  readonly timeoutMs?: number;
  /** The account's REST rate limit (default: the Team plan's 200 a minute). */
  readonly requestsPerMinute?: number;
  /** How long a change takes to reach search (default: the demo account's two minutes). */
  readonly indexLagMs?: number;
}

export interface ZafHarness {
  readonly db: DemoDb;
  readonly host: ZafHost;
  readonly view: DemoView;
  /** Every ZAF call the app made, in order. */
  readonly calls: HostCall[];
  /** Like MSW's `server.use`: these handlers answer before the shared set. */
  use(...handlers: RequestHandler[]): void;
  /** A fresh real SDK client, wrapped in the app's adapter, connected to this host. */
  connect(): ZendeskClient;
  /** A fresh real SDK client as the SDK gives it, for tests of what Zendesk itself delivers. */
  sdk(): RawZafClient;
}

export const DEFAULT_SETTINGS: Readonly<Record<string, string>> = {
  routing_rules: serializeRuleSet(DEFAULT_RULES),
  routing_rules_history: '',
  context_field_id: '',
  bot_name: '',
};

/** Settings with the demo's context field id given, so no lookup happens. */
export const WITH_FIELD_SETTING = {
  ...DEFAULT_SETTINGS,
  context_field_id: String(DEMO_ACCOUNT.contextFieldId),
};

let instances = 0;

/**
 * The real ZAF SDK talking to the demo's ZAF host in-process: the SDK's `Client` is built with a
 * stand-in parent window whose postMessage goes to the host, and the host's replies arrive as
 * window message events from that parent, exactly as the SDK validates them. REST calls are
 * answered by the shared MSW handlers; an unanswered one fails the test.
 */
export function createZafHarness(options: HarnessOptions = {}): ZafHarness {
  const db = new DemoDb(
    DemoDb.create(
      options.tickets ?? [],
      options.settings ?? DEFAULT_SETTINGS,
      options.role,
    ).snapshot(),
    undefined,
    new AccountRateLimit(options.requestsPerMinute),
  );
  if (options.indexLagMs !== undefined) db.indexLagMs = options.indexLagMs;
  instances += 1;
  const view: DemoView = {
    location: options.location ?? 'ticket_sidebar',
    ...(options.ticketId === undefined ? {} : { ticketId: options.ticketId }),
    locale: options.locale ?? 'en-US',
    timeZone: options.timeZone ?? 'Europe/London',
    instanceGuid: `harness-${instances}`,
  };
  const calls: HostCall[] = [];
  const overrides: RequestHandler[] = [];
  const base = createHandlers(db);
  const parent = {
    postMessage(message: unknown) {
      queueMicrotask(() => host.receive(message));
    },
  };
  const host = new ZafHost({
    send(message) {
      queueMicrotask(() => {
        const event = new MessageEvent('message', { data: message, origin: HOST_ORIGIN });
        // jsdom only accepts a real Window as `source`; the SDK compares it by identity.
        Object.defineProperty(event, 'source', { value: parent });
        window.dispatchEvent(event);
      });
    },
    data: demoZafData(db, () => view),
    performRequest: mswRequest(() => [...overrides, ...base], reportUnhandledRequest),
    onCall: (call) => calls.push(call),
    ...(options.drop === undefined ? {} : { drop: options.drop }),
  });
  followDemoChanges(db, host, () =>
    view.location === 'ticket_sidebar' ? view.ticketId : undefined,
  );
  const sdk = () =>
    new ZafSdkClient({
      origin: HOST_ORIGIN,
      appGuid: DEMO_ACCOUNT.appGuid,
      source: parent,
    }) as RawZafClient;
  return {
    db,
    host,
    view,
    calls,
    use: (...handlers) => overrides.unshift(...handlers),
    connect: () => new ZendeskClient(sdk(), options.timeoutMs),
    sdk,
  };
}
