import { isRetryable, toZendeskError, type ZendeskError } from '../zendesk-error';
import { abortableSleep, isAborted } from './abortable-sleep';
import {
  DEFAULT_RETRY_POLICY,
  type RetryOptions,
  type RetryPolicy,
  type Sleep,
} from './search-types';

export type Attempt<T> =
  { readonly value: T } | { readonly error: ZendeskError } | { readonly cancelled: true };

/**
 * A pause every caller waits out before its next request. Zendesk's rate limit is account-wide:
 * when one request hears 429, the others would too, so all of them hold back.
 */
export class RateGate {
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

export interface RetryContext {
  readonly policy: RetryPolicy;
  readonly sleep: Sleep;
  readonly gate: RateGate;
  readonly signal?: AbortSignal;
  /** Called before every HTTP attempt, retries included. */
  readonly onAttempt?: () => void;
}

export function retryContext(options: RetryOptions, onAttempt?: () => void): RetryContext {
  const sleep = options.sleep ?? abortableSleep;
  return {
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    sleep,
    gate: new RateGate(sleep, options.signal),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(onAttempt === undefined ? {} : { onAttempt }),
  };
}

/**
 * Runs `call` until it succeeds, fails in a way retrying cannot help, or runs out of attempts:
 * a 429 pauses everyone for its Retry-After (capped), a 5xx or timeout backs off exponentially.
 * Resolves with the value, the last error, or cancellation; never rejects.
 */
export async function withRetry<T>(
  call: () => Promise<T>,
  context: RetryContext,
): Promise<Attempt<T>> {
  const { policy, signal } = context;
  for (let attempt = 1; ; attempt += 1) {
    await context.gate.ready();
    if (isAborted(signal)) return { cancelled: true };
    context.onAttempt?.();
    try {
      return { value: await call() };
    } catch (reason) {
      const error = toZendeskError(reason, 'search');
      if (isAborted(signal)) return { cancelled: true };
      if (!isRetryable(error) || attempt >= policy.maxAttempts) return { error };
      if (error.kind === 'http' && error.status === 429) {
        const seconds = Math.min(
          error.retryAfterSeconds ?? policy.defaultRetryAfterSeconds,
          policy.maxWaitSeconds,
        );
        context.gate.pause(seconds * 1000);
      } else {
        await context.sleep(policy.backoffMs * 2 ** (attempt - 1), signal);
      }
    }
  }
}
