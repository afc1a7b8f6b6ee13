import { abortableSleep, isAborted, untilAborted, type Sleep } from './abortable-sleep';
import type { RequestPacer } from './request-pacer';
import { isRetryable, toZendeskError, ZendeskFailure, type ZendeskError } from './zendesk-error';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly maxAttempts: number;
  /** The wait after the first failure that names no wait; times `backoffFactor` after each more. */
  readonly backoffMs: number;
  readonly backoffFactor: number;
  /** The longest wait between tries, `Retry-After` included. */
  readonly maxWaitSeconds: number;
  /** The wait after a 429 that names none. */
  readonly defaultRetryAfterSeconds: number;
  readonly retryOn: (error: ZendeskError) => boolean;
}

/** Work the user waits for with a progress bar (Insights, the back-test): patient. */
export const BACKGROUND_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  backoffMs: 1000,
  backoffFactor: 2,
  maxWaitSeconds: 30,
  defaultRetryAfterSeconds: 10,
  retryOn: isRetryable,
};

/**
 * A timeout is not retried in a panel: the adapter already waited 10 s, and a panel that keeps
 * its skeleton for 30 s is worse than a clear state with a "Try again" button.
 */
export function isRetryableInPanel(error: ZendeskError): boolean {
  return error.kind !== 'timeout' && isRetryable(error);
}

/** A sidebar panel the agent is looking at: a few quick tries, never a wait of minutes. */
const PANEL_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  backoffMs: 250,
  backoffFactor: 3,
  maxWaitSeconds: 5,
  defaultRetryAfterSeconds: 1,
  retryOn: isRetryableInPanel,
};

export interface RetryOptions {
  readonly retry?: Partial<RetryPolicy>;
  readonly sleep?: Sleep;
  readonly signal?: AbortSignal;
  /** Paces every attempt (retries too) and takes a 429's pause for everything it paces. */
  readonly pacer?: RequestPacer;
}

/**
 * A pause every caller waits out before its next request. Zendesk's rate limit is account-wide:
 * when one request hears 429, the others would too, so all of them hold back.
 */
class RateGate {
  #ready: Promise<void> = Promise.resolve();
  readonly #sleep: Sleep;
  readonly #signal: AbortSignal | undefined;

  constructor(sleep: Sleep, signal?: AbortSignal) {
    this.#sleep = sleep;
    this.#signal = signal;
  }

  pause(ms: number): void {
    const wait = this.#sleep(ms, this.#signal).catch(() => undefined);
    this.#ready = Promise.all([this.#ready, wait]).then(() => undefined);
  }

  ready(): Promise<void> {
    return this.#ready;
  }
}

/** What calls sharing one rate limit share: the policy, the pause after a 429, cancellation. */
export interface RetryContext {
  readonly policy: RetryPolicy;
  readonly sleep: Sleep;
  readonly gate: RateGate;
  readonly signal?: AbortSignal;
  readonly pacer?: RequestPacer;
  /** Called before every attempt, retries included. */
  readonly onAttempt?: () => void;
}

export function retryContext(
  options: RetryOptions,
  setup: { readonly defaults?: RetryPolicy; readonly onAttempt?: () => void } = {},
): RetryContext {
  const sleep = options.sleep ?? abortableSleep;
  const { signal, pacer } = options;
  return {
    policy: { ...(setup.defaults ?? BACKGROUND_RETRY_POLICY), ...options.retry },
    sleep,
    gate: new RateGate(sleep, signal),
    ...(signal === undefined ? {} : { signal }),
    ...(pacer === undefined ? {} : { pacer }),
    ...(setup.onAttempt === undefined ? {} : { onAttempt: setup.onAttempt }),
  };
}

export type Attempt<T> =
  { readonly value: T } | { readonly error: ZendeskError } | { readonly cancelled: true };

/** The wait Zendesk asked for: any Retry-After it sent, and a default one for a bare 429. */
function askedWaitSeconds(error: ZendeskError, policy: RetryPolicy): number | undefined {
  if (error.kind !== 'http') return undefined;
  if (error.retryAfterSeconds !== undefined) return error.retryAfterSeconds;
  return error.status === 429 ? policy.defaultRetryAfterSeconds : undefined;
}

/**
 * Runs `call` until it succeeds, fails in a way `policy.retryOn` says retrying cannot help, or
 * runs out of attempts. A wait Zendesk asks for (Retry-After, or a bare 429) pauses every call
 * of the context; any other failure backs off exponentially. Every wait is capped. Resolves with
 * the value, the last error, or cancellation; never rejects.
 */
export async function attemptWithRetry<T>(
  call: () => Promise<T>,
  context: RetryContext,
): Promise<Attempt<T>> {
  const { policy, signal } = context;
  const capMs = policy.maxWaitSeconds * 1000;
  for (let attempt = 1; ; attempt += 1) {
    await context.gate.ready();
    if (isAborted(signal)) return { cancelled: true };
    try {
      const paced = () => {
        context.onAttempt?.();
        return call();
      };
      // A ZAF request cannot be aborted, only stopped waiting for: a cancel must not sit out a
      // hanging request until the adapter's 10 s timeout.
      const work = context.pacer === undefined ? paced() : context.pacer.run(paced, signal);
      await untilAborted(work, signal);
      if (isAborted(signal)) return { cancelled: true };
      return { value: await work };
    } catch (reason) {
      const error = toZendeskError(reason, 'retried call');
      if (isAborted(signal)) return { cancelled: true };
      if (attempt >= policy.maxAttempts || !policy.retryOn(error)) return { error };
      const asked = askedWaitSeconds(error, policy);
      if (asked !== undefined) {
        const ms = Math.min(asked * 1000, capMs);
        if (context.pacer === undefined) context.gate.pause(ms);
        else context.pacer.pauseFor(ms);
      } else {
        const backoff = policy.backoffMs * policy.backoffFactor ** (attempt - 1);
        await context.sleep(Math.min(backoff, capMs), signal);
      }
    }
  }
}

/**
 * One call retried as a panel needs it (`PANEL_RETRY_POLICY` unless told otherwise): resolves
 * with its value or rejects with a ZendeskFailure carrying the last error.
 */
export async function withRetry<T>(
  call: () => Promise<T>,
  options: Omit<RetryOptions, 'signal'> = {},
): Promise<T> {
  const attempt = await attemptWithRetry(
    call,
    retryContext(options, { defaults: PANEL_RETRY_POLICY }),
  );
  if ('value' in attempt) return attempt.value;
  if ('error' in attempt) throw new ZendeskFailure(attempt.error);
  throw new Error('withRetry takes no signal, so it cannot be cancelled');
}
