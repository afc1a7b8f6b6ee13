/**
 * Every way a Zendesk call can fail, as one union the UI can switch over.
 * Raw SDK values (TimeoutError objects, jqXHR-like records, strings) stop here.
 */
export type ZendeskError =
  | { readonly kind: 'not_in_zendesk' }
  | { readonly kind: 'timeout'; readonly operation: string }
  | {
      readonly kind: 'http';
      readonly operation: string;
      readonly status: number;
      readonly retryAfterSeconds?: number;
      readonly body?: unknown;
    }
  | { readonly kind: 'network'; readonly operation: string }
  | { readonly kind: 'malformed_response'; readonly operation: string }
  | { readonly kind: 'sdk'; readonly operation: string; readonly message: string };

export type ZendeskErrorKind = ZendeskError['kind'];

export class ZendeskFailure extends Error {
  readonly error: ZendeskError;

  constructor(error: ZendeskError) {
    super(
      `Zendesk call failed: ${error.kind}${'operation' in error ? ` (${error.operation})` : ''}`,
    );
    this.name = 'ZendeskFailure';
    this.error = error;
  }
}

/** Retrying helps with these; a 4xx other than 408/429 will fail the same way again. */
export function isRetryable(error: ZendeskError): boolean {
  switch (error.kind) {
    case 'timeout':
    case 'network':
      return true;
    case 'http':
      return error.status === 408 || error.status === 429 || error.status >= 500;
    case 'not_in_zendesk':
    case 'malformed_response':
    case 'sdk':
      return false;
    default: {
      const unreachable: never = error;
      throw new Error(`Unhandled Zendesk error ${JSON.stringify(unreachable)}`);
    }
  }
}

function readRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * A header from ZAF's complete response. Its `headers` is not specified further than "the
 * response's headers" (docs/decisions/004), so a plain record in any letter case and a
 * Headers-like object with get() are both read.
 */
function readHeader(response: Record<string, unknown>, name: string): unknown {
  const headers = response['headers'];
  if (typeof headers !== 'object' || headers === null) return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') return (get as (key: string) => unknown).call(headers, name);
  const wanted = name.toLowerCase();
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === wanted);
  return entry?.[1];
}

/** Retry-After in seconds, the form Zendesk documents for a 429. */
function readRetryAfter(response: Record<string, unknown>): number | undefined {
  const raw = readHeader(response, 'retry-after');
  const seconds = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Maps whatever the SDK rejected with (Error, TimeoutError, xhr-like record, string) to a ZendeskError. */
export function toZendeskError(reason: unknown, operation: string): ZendeskError {
  if (reason instanceof ZendeskFailure) return reason.error;
  const record = readRecord(reason);
  if (record?.['name'] === 'TimeoutError') return { kind: 'timeout', operation };
  if (record !== undefined && typeof record['status'] === 'number') {
    const status = record['status'];
    if (status === 0) return { kind: 'network', operation };
    // jQuery fails a 2xx whose body did not parse ('parsererror'): the answer, not the call, is bad.
    if (status >= 200 && status < 300) return { kind: 'malformed_response', operation };
    const retryAfterSeconds = readRetryAfter(record);
    const body = record['responseJSON'] ?? record['responseText'];
    return {
      kind: 'http',
      operation,
      status,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      ...(body === undefined ? {} : { body }),
    };
  }
  const message =
    reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'unknown';
  return { kind: 'sdk', operation, message };
}
