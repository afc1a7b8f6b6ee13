import type { DemoDb } from '../db/demo-db';
import { DEMO_ACCOUNT } from '../demo-account';
import type { ZendeskUser } from '../zendesk-records';
import type { HostAnswer, ZafHostData } from './zaf-host';

export type DemoLocation = 'ticket_sidebar' | 'nav_bar';

/** Where the app is open and as whom: what the host page's controls choose. */
export interface DemoView {
  readonly location: DemoLocation;
  readonly ticketId?: number;
  readonly locale: string;
  readonly timeZone: string;
  readonly instanceGuid: string;
}

export interface DemoHostEffects {
  resize?(height: string): void;
  routeTo?(args: readonly unknown[]): void;
  notify?(message: string, kind: string): void;
}

const missing = (path: string): HostAnswer => ({
  error: { name: 'APIUnavailable', message: `"${path}" Could not find the requested API` },
});

/**
 * Zendesk's Ticket Field object and the ticket itself belong to the ticket locations only
 * (docs/decisions/004): elsewhere a get of them is an error, as for any unknown path.
 */
const TICKET_LOCATIONS: readonly DemoLocation[] = ['ticket_sidebar'];
const isTicketPath = (path: string) =>
  path === 'ticketFields' || path === 'ticket' || path.startsWith('ticket.');

function zafUser(user: ZendeskUser | undefined, locale?: string, timeZone?: string) {
  if (user === undefined) return undefined;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: locale ?? user.locale ?? 'en-US',
    timeZone: { ianaName: timeZone ?? user.time_zone ?? 'Etc/UTC' },
    groups: [],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The ZAF `get` paths, `set` and `invoke` actions the app uses, answered from the demo account. */
export function demoZafData(
  db: DemoDb,
  view: () => DemoView,
  effects: DemoHostEffects = {},
): ZafHostData {
  const file = () => {
    const { ticketId, location } = view();
    if (ticketId === undefined || !TICKET_LOCATIONS.includes(location)) return undefined;
    return db.ticketFile(ticketId);
  };
  const ticketPaths: Record<string, () => unknown> = {
    'ticket.id': () => file()?.ticket.id,
    'ticket.subject': () => file()?.ticket.subject,
    'ticket.description': () => file()?.ticket.description,
    'ticket.status': () => file()?.ticket.status,
    'ticket.createdAt': () => file()?.ticket.created_at,
    'ticket.updatedAt': () => file()?.ticket.updated_at,
    // The open ticket's tags: the saved ones with this agent's unsubmitted edits.
    'ticket.tags': () => {
      const f = file();
      return f === undefined ? undefined : db.formTags(f.ticket.id);
    },
    'ticket.requester': () => {
      const f = file();
      return f === undefined ? undefined : zafUser(db.user(f.ticket.requester_id));
    },
    // A messaging ticket's conversation as ZAF gives it; other tickets have none in the demo.
    'ticket.conversation': () => {
      const f = file();
      return f === undefined ? undefined : (f.conversation ?? []);
    },
    'ticket.comments': () =>
      file()?.comments.map((c) => ({
        id: c.id,
        value: `<p>${escapeHtml(c.plain_body ?? c.body).replace(/\n/g, '<br>')}</p>`,
        author: zafUser(db.user(c.author_id)),
        createdAt: c.created_at,
      })),
  };
  const get = (path: string): HostAnswer => {
    const v = view();
    if (isTicketPath(path) && !TICKET_LOCATIONS.includes(v.location)) return missing(path);
    if (path === 'currentUser') return { value: zafUser(db.currentUser(), v.locale, v.timeZone) };
    if (path === 'currentAccount') {
      return {
        value: {
          subdomain: DEMO_ACCOUNT.subdomain,
          planName: 'enterprise',
          timeZone: { ianaName: v.timeZone },
        },
      };
    }
    if (path === 'ticketFields') {
      return {
        value: [
          { name: 'subject', label: 'Subject', type: 'subject' },
          { name: 'tags', label: 'Tags', type: 'tagger' },
          {
            name: `custom_field_${DEMO_ACCOUNT.contextFieldId}`,
            label: 'Handoff context',
            type: 'textarea',
          },
        ],
      };
    }
    const field = /^ticket\.customField:custom_field_(\d+)$/.exec(path);
    if (field !== null && file() !== undefined) {
      // As in Zendesk, a field the account does not have is an error, not an empty value.
      const fieldId = Number(field[1]);
      const known =
        fieldId === DEMO_ACCOUNT.contextFieldId ||
        db.tickets().some((t) => t.custom_fields.some((f) => f.id === fieldId));
      if (!known) return missing(path);
      const value = file()?.ticket.custom_fields.find((f) => f.id === fieldId)?.value;
      return { value: value ?? null };
    }
    if (path === 'ticket' && file() !== undefined) {
      const answers = Object.entries(ticketPaths).map(([key, read]) => [key.slice(7), read()]);
      return { value: Object.fromEntries(answers) };
    }
    const read = ticketPaths[path];
    const value = read?.();
    return value === undefined ? missing(path) : { value };
  };
  const editTags = (id: number, args: readonly unknown[], add: boolean): HostAnswer => {
    const tags = args.flat().filter((t): t is string => typeof t === 'string');
    const updated = add ? db.editFormTags(id, tags, []) : db.editFormTags(id, [], tags);
    return updated === undefined ? missing('ticket.tags') : { value: updated };
  };
  return {
    metadata: () => ({
      appId: DEMO_ACCOUNT.appId,
      installationId: db.installation().id,
      name: 'Handoff Brief',
      version: '1.0.0',
      settings: { title: 'Handoff Brief', ...db.installation().settings },
    }),
    context: () => {
      const v = view();
      return {
        instanceGuid: v.instanceGuid,
        product: 'support',
        account: { subdomain: DEMO_ACCOUNT.subdomain },
        location: v.location,
        ...(v.location === 'ticket_sidebar' && v.ticketId !== undefined
          ? { ticketId: v.ticketId }
          : {}),
      };
    },
    get,
    set: (path) => ({
      error: { name: 'NotSupported', message: `"${path}" cannot be set in the demo` },
    }),
    invoke: (name, args) => {
      const id = file()?.ticket.id;
      switch (name) {
        case 'resize': {
          const height = (args[0] as { height?: unknown } | undefined)?.height;
          if (typeof height === 'string' || typeof height === 'number')
            effects.resize?.(String(height));
          return { value: null };
        }
        case 'ticket.tags.add':
        case 'ticket.tags.remove':
          return id === undefined ? missing(name) : editTags(id, args, name === 'ticket.tags.add');
        case 'ticket.editor.insert': {
          // Zendesk sanitizes what is inserted; the host keeps it as given and shows it as text.
          const html = args[0];
          if (id === undefined) return missing(name);
          if (typeof html !== 'string')
            return { error: { name: 'InvalidArgument', message: 'Expected a string to insert' } };
          db.insertIntoReply(id, html);
          return { value: null };
        }
        case 'routeTo':
          effects.routeTo?.(args);
          return { value: null };
        case 'notify':
          effects.notify?.(String(args[0] ?? ''), String(args[1] ?? 'notice'));
          return { value: null };
        default:
          return missing(name);
      }
    },
  };
}
