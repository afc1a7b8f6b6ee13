import { DEMO_ACCOUNT } from '../demo-account';
import type { TicketFile, ZendeskTicket, ZendeskUser } from '../zendesk-records';

/** The installation record as `GET /api/v2/apps/installations/{id}.json` returns it. */
export interface DemoInstallation {
  readonly id: number;
  readonly app_id: number;
  readonly enabled: boolean;
  readonly settings: Readonly<Record<string, string>>;
  readonly updated_at: string;
}

export type DemoRole = 'admin' | 'agent';

/** Everything the fake Zendesk account holds; plain JSON so the host page can keep it in storage. */
export interface DemoSnapshot {
  readonly tickets: readonly TicketFile[];
  readonly installation: DemoInstallation;
  readonly role: DemoRole;
}

type Listener = (change: DemoChange) => void;
export type DemoChange =
  | { readonly kind: 'ticket'; readonly ticketId: number; readonly before: ZendeskTicket }
  | { readonly kind: 'installation' };

/**
 * The demo account's state behind the MSW handlers and the ZAF host: tickets, users and the
 * app installation. One instance per host page or per test, so tests never share state.
 */
export class DemoDb {
  #tickets = new Map<number, TicketFile>();
  #installation: DemoInstallation;
  #role: DemoRole;
  readonly #listeners = new Set<Listener>();
  readonly #clock: () => Date;

  constructor(snapshot: DemoSnapshot, clock: () => Date = () => new Date()) {
    for (const file of snapshot.tickets) this.#tickets.set(file.ticket.id, file);
    this.#installation = snapshot.installation;
    this.#role = snapshot.role;
    this.#clock = clock;
  }

  static create(
    tickets: readonly TicketFile[],
    settings: Readonly<Record<string, string>>,
    role: DemoRole = 'admin',
  ): DemoDb {
    return new DemoDb({
      tickets,
      role,
      installation: {
        id: DEMO_ACCOUNT.installationId,
        app_id: DEMO_ACCOUNT.appId,
        enabled: true,
        settings,
        updated_at: '2026-11-20T09:00:00Z',
      },
    });
  }

  snapshot(): DemoSnapshot {
    return {
      tickets: [...this.#tickets.values()],
      installation: this.#installation,
      role: this.#role,
    };
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get role(): DemoRole {
    return this.#role;
  }

  set role(role: DemoRole) {
    this.#role = role;
  }

  currentUser(): ZendeskUser {
    return { ...DEMO_ACCOUNT[this.#role], locale: 'en-US', time_zone: 'Europe/London' };
  }

  tickets(): readonly ZendeskTicket[] {
    return [...this.#tickets.values()].map((file) => file.ticket);
  }

  ticketFile(id: number): TicketFile | undefined {
    return this.#tickets.get(id);
  }

  user(id: number): ZendeskUser | undefined {
    if (id === DEMO_ACCOUNT.admin.id || id === DEMO_ACCOUNT.agent.id) {
      return id === DEMO_ACCOUNT.admin.id ? DEMO_ACCOUNT.admin : DEMO_ACCOUNT.agent;
    }
    for (const file of this.#tickets.values()) {
      const found = file.users.find((user) => user.id === id);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Zendesk's `additional_tags` / `remove_tags`: tags are a set, lowercase, order kept. */
  updateTags(
    id: number,
    add: readonly string[],
    remove: readonly string[],
  ): ZendeskTicket | undefined {
    const file = this.#tickets.get(id);
    if (file === undefined) return undefined;
    const before = file.ticket;
    const removed = new Set(remove.map((tag) => tag.toLowerCase()));
    const tags = before.tags.filter((tag) => !removed.has(tag));
    for (const tag of add.map((t) => t.toLowerCase())) if (!tags.includes(tag)) tags.push(tag);
    const ticket = { ...before, tags, updated_at: this.#clock().toISOString() };
    this.#tickets.set(id, { ...file, ticket });
    this.#notify({ kind: 'ticket', ticketId: id, before });
    return ticket;
  }

  setCustomField(id: number, fieldId: number, value: unknown): ZendeskTicket | undefined {
    const file = this.#tickets.get(id);
    if (file === undefined) return undefined;
    const before = file.ticket;
    const others = before.custom_fields.filter((field) => field.id !== fieldId);
    const ticket = {
      ...before,
      custom_fields: [...others, { id: fieldId, value }],
      updated_at: this.#clock().toISOString(),
    };
    this.#tickets.set(id, { ...file, ticket });
    this.#notify({ kind: 'ticket', ticketId: id, before });
    return ticket;
  }

  installation(): DemoInstallation {
    return this.#installation;
  }

  /** Zendesk merges the settings given into the installation's settings. */
  updateSettings(settings: Readonly<Record<string, string>>): DemoInstallation {
    this.#installation = {
      ...this.#installation,
      settings: { ...this.#installation.settings, ...settings },
      updated_at: this.#clock().toISOString(),
    };
    this.#notify({ kind: 'installation' });
    return this.#installation;
  }

  #notify(change: DemoChange): void {
    for (const listener of this.#listeners) listener(change);
  }
}
