import { addDays, type HandoffRecord, type RecordWindow, type UtcDay } from '../../core/insights';
import { HANDOFF_TAG } from '../../core/routing';
import { isAborted } from '../abortable-sleep';
import type { RequestPacer } from '../request-pacer';
import { attemptWithRetry, retryContext, type RetryOptions } from '../retry';
import type { ZendeskError } from '../zendesk-error';
import { customFieldValue } from './read-search-ticket';
import { SEARCH_PAGE_SIZE, SEARCH_RESULT_LIMIT, fetchSearchPage } from './search-tickets';
import type { SearchClient } from './search-types';

/** The most requests one Insights load may make, whatever the number of rules. */
export const LOAD_REQUEST_BUDGET = 60;

/**
 * The documented query for a window's handoffs: `type:`, one `tags:` term, and `created>` /
 * `created<` with bare dates (developer.zendesk.com, Search; docs/decisions/004). A bare date
 * means the whole day, so `created>D` starts the day after D and `created<D` ends the day before.
 */
export function windowQuery(window: RecordWindow, today: UtcDay): string {
  const after = `created>${addDays(window.start, -1)}`;
  const before = window.end >= today ? '' : ` created<${addDays(window.end, 1)}`;
  return `type:ticket tags:${HANDOFF_TAG} ${after}${before}`;
}

export interface WindowRead {
  readonly window: RecordWindow;
  readonly records: readonly HandoffRecord[];
  readonly readAt: string;
}

/** Why a window was not read: Zendesk's error, the load's request budget, or >1,000 in a day. */
export type WindowProblem =
  ZendeskError | { readonly kind: 'budget' } | { readonly kind: 'too_many' };

export interface WindowFailure {
  readonly window: RecordWindow;
  readonly problem: WindowProblem;
}

export interface LoadHandoffsOptions extends RetryOptions {
  readonly windows: readonly RecordWindow[];
  readonly today: UtcDay;
  /** The context package's field: each record carries its value when given. */
  readonly contextFieldId?: number;
  readonly maxRequests?: number;
  readonly clock?: () => Date;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

export interface LoadHandoffsOutcome {
  readonly read: readonly WindowRead[];
  readonly failed: readonly WindowFailure[];
  readonly cancelled: boolean;
  /** HTTP requests made, retries included. */
  readonly requests: number;
}

const DAY_MS = 86_400_000;
const daysIn = (window: RecordWindow) =>
  Math.round((Date.parse(window.end) - Date.parse(window.start)) / DAY_MS) + 1;

/** Windows read at once; the pacer keeps the same number of requests in flight. */
const WINDOW_WORKERS = 4;

/** A pacer that refuses any request past the load's budget, retries included. */
function budgeted(pacer: RequestPacer, budget: number) {
  let issued = 0;
  let refused = false;
  const wrapped: RequestPacer = {
    run: (call, signal) => {
      if (issued >= budget) {
        refused = true;
        return Promise.reject(new Error('request budget spent'));
      }
      issued += 1;
      return pacer.run(call, signal);
    },
    pauseFor: (ms) => pacer.pauseFor(ms),
    get started() {
      return pacer.started;
    },
  };
  return { pacer: wrapped, isSpent: () => refused || issued >= budget };
}

const unpaced: RequestPacer = { run: (call) => call(), pauseFor: () => undefined, started: 0 };

/**
 * Reads every handoff created in the given windows, newest first, through List Search Results:
 * one query a window, paged 100 at a time. A window with more than the 1,000 results a query can
 * page is split in two and each half read apart. No request is made past the load's budget
 * (retries included); windows left unread are reported with the reason. Never rejects on a
 * Zendesk failure.
 */
export async function loadHandoffs(
  client: SearchClient,
  options: LoadHandoffsOptions,
): Promise<LoadHandoffsOutcome> {
  const clock = options.clock ?? (() => new Date());
  const { signal } = options;
  const limit = budgeted(options.pacer ?? unpaced, options.maxRequests ?? LOAD_REQUEST_BUDGET);
  let requests = 0;
  const context = retryContext(
    { ...options, pacer: limit.pacer },
    { onAttempt: () => (requests += 1) },
  );
  const read: WindowRead[] = [];
  const failed: WindowFailure[] = [];

  const readWindow = async (window: RecordWindow): Promise<void> => {
    const byId = new Map<number, HandoffRecord>();
    const query = windowQuery(window, options.today);
    for (let page = 1; page * SEARCH_PAGE_SIZE <= SEARCH_RESULT_LIMIT; page += 1) {
      if (isAborted(signal)) return;
      if (limit.isSpent()) {
        failed.push({ window, problem: { kind: 'budget' } });
        return;
      }
      const attempt = await attemptWithRetry(() => fetchSearchPage(client, query, page), context);
      if ('cancelled' in attempt || isAborted(signal)) return;
      if ('error' in attempt) {
        failed.push({ window, problem: limit.isSpent() ? { kind: 'budget' } : attempt.error });
        return;
      }
      const { tickets, count, hasNext } = attempt.value;
      if (page === 1 && count !== null && count > SEARCH_RESULT_LIMIT) {
        // More than one query can page: read the two halves apart, or give up on one day.
        const days = daysIn(window);
        if (days <= 1) {
          failed.push({ window, problem: { kind: 'too_many' } });
          return;
        }
        const middle = addDays(window.start, Math.floor(days / 2) - 1);
        await readWindow({ start: addDays(middle, 1), end: window.end });
        await readWindow({ start: window.start, end: middle });
        return;
      }
      for (const ticket of tickets) {
        const value =
          options.contextFieldId === undefined
            ? undefined
            : customFieldValue(ticket, options.contextFieldId);
        byId.set(ticket.id, {
          id: ticket.id,
          createdAt: ticket.created_at,
          tags: ticket.tags,
          ...(value === undefined || value === null ? {} : { contextField: value }),
        });
      }
      if (!hasNext || tickets.length < SEARCH_PAGE_SIZE) break;
    }
    read.push({ window, records: [...byId.values()], readAt: clock().toISOString() });
  };

  const queue = [...options.windows].sort((a, b) => (a.start < b.start ? 1 : -1));
  const total = queue.length;
  let done = 0;
  options.onProgress?.({ done, total });
  const worker = async () => {
    for (let window = queue.shift(); window !== undefined; window = queue.shift()) {
      if (isAborted(signal)) return;
      await readWindow(window);
      done += 1;
      if (!isAborted(signal)) options.onProgress?.({ done, total });
    }
  };
  await Promise.all(Array.from({ length: Math.min(WINDOW_WORKERS, total) }, worker));
  return { read, failed, cancelled: isAborted(signal), requests };
}
