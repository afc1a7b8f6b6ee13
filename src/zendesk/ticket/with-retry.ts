import { isRetryable, toZendeskError, ZendeskFailure, type ZendeskError } from '../zendesk-error';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  /** Longest wait between tries, `Retry-After` included, so a panel never waits for minutes. */
  readonly maxDelayMs: number;
  readonly retryOn: (error: ZendeskError) => boolean;
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * A timeout is not retried here: the adapter already waited 10 s, and a panel that keeps its
 * skeleton for 30 s is worse than a clear state with a "Try again" button.
 */
export function isWorthRetrying(error: ZendeskError): boolean {
  return error.kind !== 'timeout' && isRetryable(error);
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  retryOn: isWorthRetrying,
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};

function delayFor(error: ZendeskError, attempt: number, policy: RetryPolicy): number {
  const backoff = policy.baseDelayMs * 3 ** (attempt - 1);
  const asked =
    error.kind === 'http' && error.retryAfterSeconds !== undefined
      ? error.retryAfterSeconds * 1000
      : backoff;
  return Math.min(asked, policy.maxDelayMs);
}

/** Runs a Zendesk call again after failures worth retrying, honouring `Retry-After` on 429. */
export async function withRetry<T>(
  call: () => Promise<T>,
  options: Partial<RetryPolicy> = {},
): Promise<T> {
  const policy = { ...DEFAULT_RETRY, ...options };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (reason) {
      const failure =
        reason instanceof ZendeskFailure
          ? reason
          : new ZendeskFailure(toZendeskError(reason, 'retry'));
      if (attempt >= policy.attempts || !policy.retryOn(failure.error)) throw failure;
      await policy.sleep(delayFor(failure.error, attempt, policy));
    }
  }
}
