import PQueue from 'p-queue';

/** A pace the account's rate limit can take beside the handoff bot and other integrations. */
const BACKGROUND_PACE = { perMinute: 50, concurrency: 4 } as const;

export interface RequestPacer {
  /**
   * Runs `call` when the pace allows: at most `perMinute` calls start in any 60 seconds (a
   * sliding window) and at most `concurrency` run at once. Rejects without calling when `signal`
   * aborts first.
   */
  run<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Holds every call back for `ms` (a 429's Retry-After: the limit is the whole account's). */
  pauseFor(ms: number): void;
  /** Calls started so far. */
  readonly started: number;
}

/**
 * Paces the background requests of a page (Insights, the back-test) with p-queue's strict
 * sliding window, so a load can never spend more than its share of the account's budget in a
 * minute, however it is retried or repeated.
 */
export function createRequestPacer(
  pace: { readonly perMinute: number; readonly concurrency: number } = BACKGROUND_PACE,
  /** Told of every pause, for tests that check a 429's wait was honoured. */
  onPause?: (ms: number) => void,
): RequestPacer {
  const queue = new PQueue({
    concurrency: pace.concurrency,
    intervalCap: pace.perMinute,
    interval: 60_000,
    strict: true,
  });
  let started = 0;
  let resumeAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    run: (call, signal) =>
      queue.add(
        () => {
          started += 1;
          return call();
        },
        signal === undefined ? {} : { signal },
      ),
    pauseFor: (ms) => {
      onPause?.(ms);
      const until = Date.now() + ms;
      if (until <= resumeAt) return;
      resumeAt = until;
      queue.pause();
      clearTimeout(timer);
      timer = setTimeout(() => queue.start(), ms);
    },
    get started() {
      return started;
    },
  };
}
