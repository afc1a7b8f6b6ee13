import type { ZendeskClient } from '../zendesk-client';

/** The one method search needs: tests and the app pass the real ZendeskClient. */
export type SearchClient = Pick<ZendeskClient, 'request'>;

/** Waits `ms`, returning early when `signal` aborts. Injected so tests never wait for real. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  readonly maxAttempts: number;
  /** A 429's Retry-After is honoured up to this many seconds. */
  readonly maxWaitSeconds: number;
  /** The wait after a 429 that names none. */
  readonly defaultRetryAfterSeconds: number;
  /** The wait after the first 5xx (or timeout); doubled after each further one. */
  readonly backoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  maxWaitSeconds: 30,
  defaultRetryAfterSeconds: 10,
  backoffMs: 1000,
};

export interface RetryOptions {
  readonly retry?: Partial<RetryPolicy>;
  readonly sleep?: Sleep;
  readonly signal?: AbortSignal;
}

/** A ticket as List Search Results returns it, reduced to what the app reads. */
export interface SearchTicket {
  readonly id: number;
  readonly created_at: string;
  readonly updated_at?: string;
  readonly subject?: string;
  readonly status?: string;
  readonly tags: readonly string[];
  readonly custom_fields: readonly { readonly id: number; readonly value: unknown }[];
}
