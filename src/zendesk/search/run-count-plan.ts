import { isAborted, untilAborted } from '../abortable-sleep';
import { attemptWithRetry, retryContext, type RetryOptions } from '../retry';
import type { ZendeskError } from '../zendesk-error';
import { searchCount } from './search-count';
import type { SearchClient } from './search-types';

export interface CountPlanEntry {
  readonly key: string;
  readonly query: string;
}

export interface PlanProgress {
  /** Entries settled, answered or failed. */
  readonly done: number;
  readonly total: number;
  readonly failed: number;
  /** Every count answered so far, for figures that fill in while the rest load. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface RunCountPlanOptions extends RetryOptions {
  /** Requests in flight at once (default 4). */
  readonly concurrency?: number;
  readonly onProgress?: (progress: PlanProgress) => void;
}

export interface CountPlanOutcome {
  readonly counts: Readonly<Record<string, number>>;
  /** The last error of each entry that failed for good. */
  readonly failures: Readonly<Record<string, ZendeskError>>;
  /** Entries left unsettled by cancellation. */
  readonly unanswered: readonly string[];
  readonly cancelled: boolean;
  /** True when any entry has no count. */
  readonly partial: boolean;
  /** HTTP requests made, retries included. */
  readonly requests: number;
}

export const DEFAULT_CONCURRENCY = 4;

/**
 * Asks the Search count endpoint for every entry of a plan, a few at a time, retrying what
 * retrying can fix. Resolves with what was answered and why the rest was not, so the page shows
 * partial figures marked partial; never rejects on a Zendesk failure. Aborting resolves at once
 * with what has settled (a request already sent cannot be recalled; its answer is dropped).
 */
export async function runCountPlan(
  client: SearchClient,
  plan: readonly CountPlanEntry[],
  options: RunCountPlanOptions = {},
): Promise<CountPlanOutcome> {
  const counts: Record<string, number> = {};
  const failures: Record<string, ZendeskError> = {};
  let requests = 0;
  let next = 0;
  let settled = 0;
  const { signal, onProgress } = options;
  const context = retryContext(options, { onAttempt: () => (requests += 1) });
  const report = () => {
    if (isAborted(signal)) return;
    const failed = Object.keys(failures).length;
    onProgress?.({ done: settled, total: plan.length, failed, counts: { ...counts } });
  };
  const worker = async () => {
    for (let entry = plan[next]; entry !== undefined && !isAborted(signal); entry = plan[next]) {
      next += 1;
      const { key, query } = entry;
      const attempt = await attemptWithRetry(() => searchCount(client, query), context);
      if ('cancelled' in attempt || isAborted(signal)) return;
      if ('value' in attempt) counts[key] = attempt.value;
      else failures[key] = attempt.error;
      settled += 1;
      report();
    }
  };
  report();
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const workers = Array.from({ length: Math.min(concurrency, plan.length) }, worker);
  await untilAborted(Promise.all(workers), signal);
  const finalCounts = { ...counts };
  const finalFailures = { ...failures };
  const unanswered = plan
    .map((entry) => entry.key)
    .filter((key) => !Object.hasOwn(finalCounts, key) && !Object.hasOwn(finalFailures, key));
  return {
    counts: finalCounts,
    failures: finalFailures,
    unanswered,
    cancelled: isAborted(signal),
    partial: unanswered.length > 0 || Object.keys(finalFailures).length > 0,
    requests,
  };
}
