import ZAFClient from 'zendesk_app_framework_sdk';
import { isObject } from '../core/shared';
import { readResponseBody } from './response-body';
import { toZendeskError, ZendeskFailure } from './zendesk-error';
import type { AppContext, AppMetadata, GetResult, RawZafClient, RequestOptions } from './zaf-types';

/** The SDK gives up on get/set/invoke after 5 s but never on request(); ours bounds both. */
const CALL_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, operation: string, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ZendeskFailure({ kind: 'timeout', operation })), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (reason: unknown) => {
        clearTimeout(timer);
        reject(new ZendeskFailure(toZendeskError(reason, operation)));
      },
    );
  });
}

/** One batched `get`'s answer, shared by every caller whose paths it carried. */
interface BatchResult {
  readonly values: ReadonlyMap<string, unknown>;
  readonly errors: ReadonlyMap<string, string>;
}

interface AskedGet {
  readonly paths: readonly string[];
  readonly resolve: (result: BatchResult) => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * The one adapter between the app and Zendesk. Every method resolves with typed data
 * or rejects with a ZendeskFailure; nothing else escapes.
 */
export class ZendeskClient {
  readonly #raw: RawZafClient;
  readonly #timeoutMs: number;
  /** The gets asked for in this task, sent together when it ends. */
  #batch: AskedGet[] | undefined;

  constructor(raw: RawZafClient, timeoutMs = CALL_TIMEOUT_MS) {
    this.#raw = raw;
    this.#timeoutMs = timeoutMs;
  }

  /**
   * Reads ZAF paths. Every `get` asked for within one task (its promise callbacks included) goes
   * to Zendesk as one batched `client.get([...])`, which ZAF documents for arrays of paths: the
   * shell's `currentUser` and the sidebar's ticket paths cost one round trip, not two.
   */
  get<Path extends string>(paths: readonly Path[]): Promise<GetResult<Path>> {
    return new Promise<BatchResult>((resolve, reject) => {
      if (this.#batch === undefined) {
        this.#batch = [];
        setTimeout(() => this.#sendBatch(), 0);
      }
      this.#batch.push({ paths, resolve, reject });
    }).then((result) => {
      const values: Partial<Record<Path, unknown>> = {};
      const errors: Partial<Record<Path, string>> = {};
      for (const path of paths) {
        const error = result.errors.get(path);
        if (error !== undefined) errors[path] = error;
        else if (result.values.has(path)) values[path] = result.values.get(path);
      }
      return { values, errors };
    });
  }

  #sendBatch(): void {
    const batch = this.#batch ?? [];
    this.#batch = undefined;
    const paths = [...new Set(batch.flatMap((asked) => asked.paths))];
    const operation = `get ${paths.join(',')}`;
    withTimeout(this.#raw.get(paths), operation, this.#timeoutMs)
      .then((result): BatchResult => {
        if (!isObject(result)) throw new ZendeskFailure({ kind: 'malformed_response', operation });
        const values = new Map<string, unknown>();
        const errors = new Map<string, string>();
        const reported = isObject(result['errors']) ? result['errors'] : {};
        for (const path of paths) {
          const error = reported[path];
          if (error !== undefined)
            errors.set(
              path,
              isObject(error) && typeof error['message'] === 'string' ? error['message'] : 'error',
            );
          else if (path in result) values.set(path, result[path]);
        }
        return { values, errors };
      })
      .then(
        (result) => batch.forEach((asked) => asked.resolve(result)),
        (reason: unknown) => batch.forEach((asked) => asked.reject(reason)),
      );
  }

  async set(path: string, value: unknown): Promise<void> {
    await withTimeout(this.#raw.set(path, value), `set ${path}`, this.#timeoutMs);
  }

  async invoke(name: string, ...args: unknown[]): Promise<unknown> {
    return withTimeout(this.#raw.invoke(name, ...args), `invoke ${name}`, this.#timeoutMs);
  }

  /**
   * A JSON request through Zendesk's proxy, so the agent's session authenticates it. It asks for
   * ZAF's complete response, the only documented way to see a response's headers (Retry-After).
   */
  async request<T = unknown>(options: RequestOptions): Promise<T> {
    const method = options.method ?? 'GET';
    const operation = `${method} ${options.url}`;
    const raw: Record<string, unknown> = {
      url: options.url,
      type: method,
      dataType: 'json',
      httpCompleteResponse: true,
      ...(options.body === undefined
        ? {}
        : { contentType: 'application/json', data: JSON.stringify(options.body) }),
    };
    const answer = await withTimeout(this.#raw.request(raw), operation, this.#timeoutMs);
    return readResponseBody(answer, operation) as T;
  }

  async metadata(): Promise<AppMetadata> {
    const value = await withTimeout(this.#raw.metadata(), 'metadata', this.#timeoutMs);
    if (!isObject(value) || !isObject(value['settings'])) {
      throw new ZendeskFailure({ kind: 'malformed_response', operation: 'metadata' });
    }
    return value as unknown as AppMetadata;
  }

  async context(): Promise<AppContext> {
    const value = await withTimeout(this.#raw.context(), 'context', this.#timeoutMs);
    if (!isObject(value) || typeof value['location'] !== 'string') {
      throw new ZendeskFailure({ kind: 'malformed_response', operation: 'context' });
    }
    return value as unknown as AppContext;
  }

  /** Subscribes and returns the unsubscribe function, for effects' cleanup. */
  on(event: string, handler: (payload: unknown) => void): () => void {
    this.#raw.on(event, handler);
    return () => this.#raw.off(event, handler);
  }

  async resize(height: number): Promise<void> {
    await this.invoke('resize', { width: '100%', height: `${Math.ceil(height)}px` });
  }
}

/** `ZAFClient.init()` returns false outside Zendesk (no origin/app_guid in the URL). */
export function connectToZendesk(): ZendeskClient | ZendeskFailure {
  const raw: unknown = ZAFClient.init();
  if (raw === false || raw === undefined || raw === null) {
    return new ZendeskFailure({ kind: 'not_in_zendesk' });
  }
  return new ZendeskClient(raw as RawZafClient);
}
