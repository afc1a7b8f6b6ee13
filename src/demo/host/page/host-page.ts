import { demoHistoryTickets } from '../../data';
import { DemoDb, type DemoRole } from '../../db/demo-db';
import { DEMO_ACCOUNT, DEMO_BOT_NAME } from '../../demo-account';
import { createHandlers } from '../../msw/handlers';
import { AccountRateLimit, DEFAULT_REQUESTS_PER_MINUTE, readRateLimit } from '../../msw/rate-limit';
import type { TicketFile } from '../../zendesk-records';
import { demoZafData, type DemoLocation, type DemoView } from '../demo-zaf-data';
import { frameApp } from '../app-frame';
import { followDemoChanges } from '../follow-demo-changes';
import { mswRequest } from '../host-request';
import { ZafHost } from '../zaf-host';
import { forgetDemo, loadStoredDemo, storeDemo } from './demo-storage';
import { renderPicker, renderTicket, fillSelect, type SampleTicket } from './host-view';
import { readAppServer } from './read-app-server';

interface DemoConfig {
  readonly appServer: string;
  /** HANDOFF_DEMO_RATE_LIMIT as the server read it: a plan name or requests a minute. */
  readonly rateLimit?: string;
}

const params = new URLSearchParams(location.search);
const role: DemoRole = params.get('role') === 'agent' ? 'agent' : 'admin';
const place: DemoLocation = params.get('location') === 'nav_bar' ? 'nav_bar' : 'ticket_sidebar';
const locale = params.get('locale') ?? 'en-US';
const timeZone = params.get('tz') ?? 'Europe/London';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function navigate(changes: Record<string, string | undefined>): void {
  const next = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  location.search = next.toString();
}

/**
 * What the reply editor shows of inserted HTML: its text, line breaks kept. Decoded through a
 * <textarea>, whose content is never parsed as markup, so nothing inserted can run.
 */
function replyAsText(html: string): string {
  const decoder = document.createElement('textarea');
  decoder.innerHTML = html.replace(/<br\s*\/?>/giu, '\n').replace(/<[^>]*>/gu, '');
  return decoder.value;
}

async function main(): Promise<void> {
  const [config, samples] = await Promise.all([
    fetch('/demo/config.json').then((r) => r.json() as Promise<DemoConfig>),
    fetch('/demo/tickets.json').then(
      (r) => r.json() as Promise<{ tickets: SampleTicket[]; problems: string[] }>,
    ),
  ]);
  const app = await readAppServer(config.appServer, place);
  const files: TicketFile[] = samples.tickets.map((s) => s.file);
  const stored = loadStoredDemo(files);
  const sampleIds = new Set(files.map((f) => f.ticket.id));
  // The seeded history behind Insights is rebuilt on every load, anchored to today. A history
  // ticket the app changed (a verdict) is stored beside the samples and kept while today's
  // history still holds that ticket, so another page sees the change as a real account would.
  const history = demoHistoryTickets(new Date());
  const storedTickets = stored?.tickets ?? files;
  const storedById = new Map(storedTickets.map((file) => [file.ticket.id, file]));
  const keepChange = (seeded: TicketFile) => {
    const file = storedById.get(seeded.ticket.id);
    return file?.ticket.created_at === seeded.ticket.created_at ? file : seeded;
  };
  // The account's budget (Team plan unless ?plan= or HANDOFF_DEMO_RATE_LIMIT says otherwise),
  // counted from this page's load.
  const perMinute =
    readRateLimit(params.get('plan')) ??
    readRateLimit(config.rateLimit) ??
    DEFAULT_REQUESTS_PER_MINUTE;
  const limit = new AccountRateLimit(perMinute);
  const db = new DemoDb(
    {
      tickets: [
        ...storedTickets.filter((file) => sampleIds.has(file.ticket.id)),
        ...history.map(keepChange),
      ],
      installation:
        stored?.installation ??
        // The demo account's admin named its bot, as the app's settings page asks.
        DemoDb.create([], {
          ...app.settings,
          bot_name: app.settings['bot_name'] || DEMO_BOT_NAME,
          // ?field=setting: the admin filled in the context field's id, so no lookup is needed.
          ...(params.get('field') === 'setting'
            ? { context_field_id: String(DEMO_ACCOUNT.contextFieldId) }
            : {}),
        }).installation(),
      role,
    },
    undefined,
    limit,
  );
  // How long a change takes to reach search (?index_lag=<seconds>; Zendesk: "a few minutes").
  const lag = Number(params.get('index_lag'));
  if (params.has('index_lag') && Number.isFinite(lag) && lag >= 0) db.indexLagMs = lag * 1000;
  const unchanged = new Set(history);
  const requested = Number(params.get('ticket'));
  const ticketId = db.ticketFile(requested) === undefined ? files[0]?.ticket.id : requested;
  const view: DemoView = {
    location: place,
    ...(ticketId === undefined ? {} : { ticketId }),
    locale,
    timeZone,
    instanceGuid: `${place}-${ticketId ?? 'none'}`,
  };

  const iframe = byId<HTMLIFrameElement>('app');
  const appOrigin = new URL(app.url).origin;
  const handlers = createHandlers(db);
  const request = mswRequest(
    () => handlers,
    // Like MSW's onUnhandledRequest: 'error': loud in the console, which the browser tests watch.
    // eslint-disable-next-line no-console
    (unhandled) => console.error(`No MSW handler for ${unhandled.method} ${unhandled.url}`),
  );
  const host = new ZafHost({
    send: (message) => iframe.contentWindow?.postMessage(message, appOrigin),
    data: demoZafData(db, () => view, {
      resize: (height) => {
        if (place === 'ticket_sidebar')
          iframe.style.height = /^\d+$/.test(height) ? `${height}px` : height;
      },
      routeTo: (args) => {
        if (args[0] === 'ticket' && args[1] !== undefined)
          navigate({ ticket: String(args[1]), location: undefined });
      },
    }),
    performRequest: async (options) => {
      const response = await request(options);
      // What the account refused so far, for a person reading the header and for the tests.
      byId('budget').dataset['refused'] = String(limit.refused);
      return response;
    },
  });
  window.addEventListener('message', (event) => {
    if (event.source === iframe.contentWindow && event.origin === appOrigin)
      host.receive(event.data);
  });

  const redraw = () => {
    renderPicker(byId('tickets'), samples.tickets, ticketId, (id) =>
      navigate({ ticket: String(id) }),
    );
    const file = ticketId === undefined ? undefined : db.ticketFile(ticketId);
    if (file !== undefined) renderTicket(file, (id) => db.user(id));
  };
  followDemoChanges(db, host, () => ticketId);
  db.subscribe((change) => {
    const kept = db.snapshot().tickets.filter((file) => !unchanged.has(file));
    storeDemo(files, { tickets: kept, installation: db.installation() });
    if (change.kind === 'ticket' && change.ticketId === ticketId) redraw();
    if (change.kind === 'reply' && change.ticketId === ticketId) {
      byId<HTMLTextAreaElement>('reply-editor').value = replyAsText(db.replyDraft(ticketId));
    }
  });

  byId('workspace').classList.toggle('nav-bar', place === 'nav_bar');
  // Screenshots of the nav_bar app show the app alone, as Zendesk's full-page location does.
  document.body.classList.toggle('bare', params.get('bare') === '1');
  fillSelect(
    byId('location'),
    [
      ['ticket_sidebar', 'Ticket sidebar'],
      ['nav_bar', 'Handoff Brief tab (nav bar)'],
    ],
    place,
    (v) => navigate({ location: v === 'ticket_sidebar' ? undefined : v }),
  );
  fillSelect(
    byId('role'),
    [
      ['admin', `Admin (${DEMO_ACCOUNT.admin.name})`],
      ['agent', `Agent (${DEMO_ACCOUNT.agent.name})`],
    ],
    role,
    (v) => navigate({ role: v === 'admin' ? undefined : v }),
  );
  fillSelect(
    byId('locale'),
    [
      ['en-US', 'English'],
      ['de', 'Deutsch'],
      ['fr', 'Français'],
      ['es', 'Español'],
      ['ja', '日本語'],
      ['pt-BR', 'Português (BR)'],
      ['he', 'עברית (RTL check)'],
    ],
    locale,
    (v) => navigate({ locale: v === 'en-US' ? undefined : v }),
  );
  byId('reset').addEventListener('click', () => {
    forgetDemo(files);
    location.reload();
  });
  byId('apply-field').addEventListener('click', () => {
    if (ticketId !== undefined)
      db.setCustomField(
        ticketId,
        DEMO_ACCOUNT.contextFieldId,
        byId<HTMLTextAreaElement>('context-field').value,
      );
  });
  byId('budget').textContent = `${perMinute} requests/min`;
  byId('budget').dataset['refused'] = String(limit.refused);
  const problems = byId('problems');
  problems.hidden = samples.problems.length === 0;
  problems.textContent = samples.problems.join('\n');
  redraw();

  const query = new URLSearchParams({ origin: location.origin, app_guid: DEMO_ACCOUNT.appGuid });
  frameApp(iframe, `${app.url}?${query.toString()}`);
}

main().catch((error: unknown) => {
  document.body.textContent = `The local host could not start: ${String(error)}`;
});
