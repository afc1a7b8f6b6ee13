import { DEMO_ACCOUNT } from '../demo-account';
import { AccountRateLimit } from '../msw/rate-limit';

/** Two minutes: within Zendesk's "up to a few minutes" for a change to reach search. */
const DEFAULT_INDEX_LAG_MS = 120_000;
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
/**
 * `ticket`: the saved ticket changed (REST). `form`: an agent's open ticket changed without being
 * saved (ZAF `ticket.tags.add`), which only that agent's ZAF view of the ticket shows.
 */
export type DemoChange =
  | { readonly kind: 'ticket'; readonly ticketId: number; readonly before: ZendeskTicket }
  | { readonly kind: 'form'; readonly ticketId: number; readonly beforeTags: readonly string[] }
  | { readonly kind: 'conversation'; readonly ticketId: number }
  | { readonly kind: 'reply'; readonly ticketId: number }
  | { readonly kind: 'installation' };

/** Tags an agent added to or removed from the open ticket and has not submitted yet. */
interface FormTagEdits {
  readonly add: readonly string[];
  readonly remove: readonly string[];
}

/** Zendesk stores tags lowercase, each once, in the order they were first added. */
function applyTagEdits(tags: readonly string[], edits: FormTagEdits): string[] {
  const removed = new Set(edits.remove.map((tag) => tag.toLowerCase()));
  const kept = tags.filter((tag) => !removed.has(tag));
  for (const tag of edits.add.map((t) => t.toLowerCase())) if (!kept.includes(tag)) kept.push(tag);
  return kept;
}

/**
 * The demo account's state behind the MSW handlers and the ZAF host: tickets, users and the
 * app installation. One instance per host page or per test, so tests never share state.
 */
const CONVERSATION_LOG_PER_MINUTE = 100;

export class DemoDb {
  #tickets = new Map<number, TicketFile>();
  readonly #formEdits = new Map<number, FormTagEdits>();
  /** What an agent has typed in the open ticket's reply editor: never sent by the app. */
  readonly #replyDrafts = new Map<number, string>();
  #installation: DemoInstallation;
  #role: DemoRole;
  readonly #listeners = new Set<Listener>();
  readonly #clock: () => Date;
  /** The account's REST budget, shared by every page and test client of this account. */
  readonly rateLimit: AccountRateLimit;
  /**
   * The Conversation Log's own budget: "This endpoint has its own rate limit", 100 requests a
   * minute without the High Volume add-on (developer.zendesk.com, Conversation Log).
   */
  readonly conversationLogLimit = new AccountRateLimit(CONVERSATION_LOG_PER_MINUTE);
  /**
   * How long a change takes to reach search: Zendesk documents that new and changed tickets "can
   * take up to a few minutes" to be indexed. Tests that wait for the index set it lower.
   */
  indexLagMs = DEFAULT_INDEX_LAG_MS;
  /** Each ticket's saved versions since the account loaded, oldest first, for the search index. */
  readonly #versions = new Map<number, { readonly at: number; readonly ticket: ZendeskTicket }[]>();
  readonly #original = new Map<number, ZendeskTicket>();

  constructor(
    snapshot: DemoSnapshot,
    clock: () => Date = () => new Date(),
    rateLimit: AccountRateLimit = new AccountRateLimit(),
  ) {
    this.rateLimit = rateLimit;
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

  /**
   * The tickets as search sees them now: each as it was `indexLagMs` ago, and none created
   * since. Counts and results lag the tickets, as Zendesk's do.
   */
  searchIndex(): readonly ZendeskTicket[] {
    const seen = this.#clock().getTime() - this.indexLagMs;
    const indexed: ZendeskTicket[] = [];
    for (const file of this.#tickets.values()) {
      const versions = this.#versions.get(file.ticket.id) ?? [];
      const version = versions.filter((v) => v.at <= seen).at(-1)?.ticket ?? this.#loaded(file);
      if (version !== undefined && Date.parse(version.created_at) <= seen) indexed.push(version);
    }
    return indexed;
  }

  /** The ticket as the account loaded it, before any change this session. */
  #loaded(file: TicketFile): ZendeskTicket | undefined {
    const versions = this.#versions.get(file.ticket.id);
    return versions === undefined ? file.ticket : this.#original.get(file.ticket.id);
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

  /** The saved ticket's tags with `add` added and `remove` removed (the Tags endpoints). */
  updateTags(
    id: number,
    add: readonly string[],
    remove: readonly string[],
  ): ZendeskTicket | undefined {
    const file = this.#tickets.get(id);
    if (file === undefined) return undefined;
    return this.replaceTags(id, applyTagEdits(file.ticket.tags, { add, remove }));
  }

  /** The saved ticket's tags replaced by `tags` (Set Tags, or `tags` on Update Ticket). */
  replaceTags(id: number, tags: readonly string[]): ZendeskTicket | undefined {
    const file = this.#tickets.get(id);
    if (file === undefined) return undefined;
    const before = file.ticket;
    const next = applyTagEdits([], { add: tags, remove: [] });
    const ticket = { ...before, tags: next, updated_at: this.#clock().toISOString() };
    this.#tickets.set(id, { ...file, ticket });
    this.#notify({ kind: 'ticket', ticketId: id, before });
    return ticket;
  }

  /** The tags the agent's open ticket shows: the saved ones with their unsaved edits. */
  formTags(id: number): readonly string[] | undefined {
    const file = this.#tickets.get(id);
    if (file === undefined) return undefined;
    const edits = this.#formEdits.get(id);
    return edits === undefined ? file.ticket.tags : applyTagEdits(file.ticket.tags, edits);
  }

  /** ZAF's `ticket.tags.add` / `.remove`: the open ticket changes, the saved one does not. */
  editFormTags(
    id: number,
    add: readonly string[],
    remove: readonly string[],
  ): readonly string[] | undefined {
    const beforeTags = this.formTags(id);
    if (beforeTags === undefined) return undefined;
    const edits = this.#formEdits.get(id) ?? { add: [], remove: [] };
    const lower = (tags: readonly string[]) => tags.map((tag) => tag.toLowerCase());
    this.#formEdits.set(id, {
      add: [...edits.add.filter((tag) => !lower(remove).includes(tag)), ...lower(add)],
      remove: [...edits.remove.filter((tag) => !lower(add).includes(tag)), ...lower(remove)],
    });
    this.#notify({ kind: 'form', ticketId: id, beforeTags });
    return this.formTags(id);
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

  /**
   * ZAF `ticket.editor.insert`: the text goes into the agent's reply editor at the cursor (the
   * end here); nothing is saved or sent, as in Zendesk, where only the agent's submit sends.
   */
  insertIntoReply(id: number, html: string): boolean {
    if (this.#tickets.get(id) === undefined) return false;
    this.#replyDrafts.set(id, `${this.#replyDrafts.get(id) ?? ''}${html}`);
    this.#notify({ kind: 'reply', ticketId: id });
    return true;
  }

  /** The open ticket's unsent reply, as the editor holds it (HTML). */
  replyDraft(id: number): string {
    return this.#replyDrafts.get(id) ?? '';
  }

  /** A new message in a messaging ticket's conversation, as ZAF's `ticket.conversation` shows it. */
  appendConversation(id: number, entry: unknown): boolean {
    const file = this.#tickets.get(id);
    if (file === undefined) return false;
    this.#tickets.set(id, { ...file, conversation: [...(file.conversation ?? []), entry] });
    this.#notify({ kind: 'conversation', ticketId: id });
    return true;
  }

  installation(): DemoInstallation {
    return this.#installation;
  }

  /**
   * The installation's settings become exactly those given: whether Zendesk keeps settings a
   * write leaves out is not documented, so the local host drops them and a test sees it.
   */
  replaceSettings(settings: Readonly<Record<string, string>>): DemoInstallation {
    this.#installation = {
      ...this.#installation,
      settings: { ...settings },
      updated_at: this.#clock().toISOString(),
    };
    this.#notify({ kind: 'installation' });
    return this.#installation;
  }

  #notify(change: DemoChange): void {
    if (change.kind === 'ticket') {
      const after = this.#tickets.get(change.ticketId)?.ticket;
      if (!this.#original.has(change.ticketId)) this.#original.set(change.ticketId, change.before);
      const versions = this.#versions.get(change.ticketId) ?? [];
      if (after !== undefined) versions.push({ at: this.#clock().getTime(), ticket: after });
      this.#versions.set(change.ticketId, versions);
    }
    for (const listener of this.#listeners) listener(change);
  }
}
