/** Waits `ms`, returning early when `signal` aborts. Injected so tests never wait for real. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** setTimeout as a promise that settles early (resolving) when the signal aborts. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** Resolves when `work` settles or `signal` aborts, whichever is first. */
export function untilAborted(work: Promise<unknown>, signal?: AbortSignal): Promise<void> {
  if (signal === undefined) return work.then(() => undefined);
  return new Promise<void>((resolve, reject) => {
    const stop = () => resolve();
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(
      () => {
        signal.removeEventListener('abort', stop);
        resolve();
      },
      (reason: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(reason instanceof Error ? reason : new Error(String(reason)));
      },
    );
  });
}

/** A function, so narrowing does not assume a signal cannot abort between two awaits. */
export function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}
