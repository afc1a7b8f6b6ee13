/** The slice of the real ZAF SDK client this app uses, typed at the edge. */
export interface RawZafClient {
  get(paths: string[]): Promise<Record<string, unknown>>;
  set(key: string, value: unknown): Promise<Record<string, unknown>>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: Record<string, unknown>): Promise<unknown>;
  metadata(): Promise<unknown>;
  context(): Promise<unknown>;
  on(event: string, handler: (payload: unknown) => void): void;
  off(event: string, handler: (payload: unknown) => void): void;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  readonly url: string;
  readonly method?: HttpMethod;
  /** Sent as JSON. */
  readonly body?: unknown;
}

export interface AppMetadata {
  readonly appId: number;
  readonly installationId: number;
  readonly name: string;
  readonly version: string;
  readonly settings: Readonly<Record<string, unknown>>;
}

export interface AppContext {
  readonly location: string;
  readonly ticketId?: number;
  readonly account?: { readonly subdomain?: string };
}

/** A batched get: values by path, and per-path errors the framework reported. */
export interface GetResult<Path extends string> {
  readonly values: Partial<Record<Path, unknown>>;
  readonly errors: Partial<Record<Path, string>>;
}
