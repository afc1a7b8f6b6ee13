/**
 * The Zendesk side of the ZAF SDK's postMessage protocol, as the SDK's public source speaks it: enough of it that the
 * real `zendesk_app_framework_sdk` runs unchanged, in the local host page and in component tests.
 * Transport-free: the caller delivers the app's messages to `receive` and ships what `send` gets.
 */

export type HostAnswer =
  | { readonly value: unknown }
  | { readonly error: { readonly message: string; readonly name: string } };

export interface ZafHostData {
  metadata(): unknown;
  context(): unknown;
  get(path: string): HostAnswer;
  set(path: string, value: unknown): HostAnswer | Promise<HostAnswer>;
  invoke(name: string, args: readonly unknown[]): HostAnswer | Promise<HostAnswer>;
}

/** What ZAF's `client.request(options)` hands the host (jQuery.ajax-style options). */
export interface HostRequestOptions {
  readonly url: string;
  readonly type?: string;
  readonly data?: unknown;
  readonly contentType?: string | false;
  readonly dataType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** ZAF's option for the whole response (status, headers, body) instead of the body alone. */
  readonly httpCompleteResponse?: boolean;
}

export interface HostResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

export type HostCallKind = 'get' | 'set' | 'invoke' | 'request';
export interface HostCall {
  readonly kind: HostCallKind;
  readonly detail: string;
}

export interface ZafHostOptions {
  readonly send: (message: string) => void;
  readonly data: ZafHostData;
  readonly performRequest: (options: HostRequestOptions) => Promise<HostResponse>;
  /** Fault injection: a call this returns true for is never answered, so the SDK times out. */
  readonly drop?: (call: HostCall) => boolean;
  readonly onCall?: (call: HostCall) => void;
}

interface AppMessage {
  readonly key?: string;
  readonly message?: unknown;
  readonly id?: number;
  readonly request?: string;
  readonly params?: unknown;
}

function parse(raw: unknown): AppMessage | undefined {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  return typeof value === 'object' && value !== null ? (value as AppMessage) : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** How a `client.request` settles: the value the SDK resolves or rejects with, and which. */
export interface RequestOutcome {
  readonly ok: boolean;
  readonly value: unknown;
  readonly textStatus: string;
}

/**
 * What Zendesk's host hands back for `client.request(options)` (docs/decisions/004): the SDK
 * settles with the first of `responseArgs`. With `httpCompleteResponse: true` that is
 * `{ responseJSON, responseText, status, headers }`, on success and failure alike; without it,
 * the parsed body on success and, on failure, jQuery's xhr as far as it survives postMessage:
 * status and texts only, its header functions gone, so no header can be read from it.
 * @internal Exported only for tests: unit-tested against the SDK's documented shapes.
 */
export function requestOutcome(
  options: HostRequestOptions,
  response: HostResponse,
): RequestOutcome {
  const json = tryJson(response.text);
  const ok = response.status >= 200 && response.status < 300;
  // jQuery fails a 2xx whose body is not the JSON that dataType promised, as 'parsererror'.
  const unparsable = options.dataType === 'json' && json === undefined && response.text !== '';
  const succeeded = ok && !unparsable;
  const textStatus = succeeded ? 'success' : unparsable ? 'parsererror' : 'error';
  const withJson = json === undefined ? {} : { responseJSON: json };
  if (options.httpCompleteResponse === true) {
    const value = {
      ...withJson,
      responseText: response.text,
      status: response.status,
      headers: response.headers,
    };
    return { ok: succeeded, value, textStatus };
  }
  if (succeeded) {
    const body = json === undefined ? (response.text === '' ? null : response.text) : json;
    return { ok: true, value: body, textStatus };
  }
  const xhr = {
    status: response.status,
    statusText: response.statusText,
    responseText: response.text,
    ...withJson,
  };
  return { ok: false, value: xhr, textStatus };
}

export class ZafHost {
  readonly subscriptions = new Set<string>();
  readonly #options: ZafHostOptions;

  constructor(options: ZafHostOptions) {
    this.#options = options;
  }

  /** Pushes a framework event (`ticket.tags.changed`, …) to the app if it listens. */
  emit(event: string, message?: unknown): void {
    if (this.subscriptions.has(event)) this.#send({ key: `zaf.${event}`, message });
  }

  receive(raw: unknown): void {
    const message = parse(raw);
    if (message === undefined) return;
    const key = message.key ?? '';
    if (key === 'iframe.handshake') {
      const { data } = this.#options;
      this.#send({
        key: 'zaf.app.registered',
        message: { metadata: data.metadata(), context: data.context() },
      });
    } else if (key.startsWith('iframe.on:')) {
      this.subscriptions.add(key.slice('iframe.on:'.length));
    } else if (key.startsWith('iframe.off:')) {
      if (record(message.message)['subscriberCount'] === 0)
        this.subscriptions.delete(key.slice(11));
    } else if (key.startsWith('request:')) {
      void this.#request(key, record(message.message) as unknown as HostRequestOptions);
    } else if (typeof message.id === 'number' && typeof message.request === 'string') {
      void this.#answer(message.id, message.request, message.params);
    }
  }

  #send(message: object): void {
    this.#options.send(JSON.stringify(message));
  }

  #observe(call: HostCall): boolean {
    this.#options.onCall?.(call);
    return this.#options.drop?.(call) === true;
  }

  async #answer(id: number, request: string, params: unknown): Promise<void> {
    const { data } = this.#options;
    if (request === 'get' && Array.isArray(params)) {
      if (this.#observe({ kind: 'get', detail: params.join(',') })) return;
      const result: Record<string, unknown> = {};
      const errors: Record<string, unknown> = {};
      for (const path of params.map(String)) {
        const answer = data.get(path);
        if ('value' in answer) result[path] = answer.value;
        else errors[path] = { ...answer.error, path };
      }
      this.#send({ id, result: { ...result, errors } });
      return;
    }
    if (request !== 'set' && request !== 'invoke') {
      this.#send({ id, error: { name: 'UnknownRequest', message: `Unknown request ${request}` } });
      return;
    }
    const entries = Object.entries(record(params));
    if (this.#observe({ kind: request, detail: entries.map(([name]) => name).join(',') })) return;
    const result: Record<string, unknown> = {};
    const errors: Record<string, unknown> = {};
    for (const [name, value] of entries) {
      const answer = await (request === 'set'
        ? data.set(name, value)
        : data.invoke(name, Array.isArray(value) ? value : [value]));
      if ('value' in answer) result[name] = answer.value;
      else errors[name] = { ...answer.error, path: name };
    }
    this.#send({ id, result: { ...result, errors } });
  }

  async #request(key: string, options: HostRequestOptions): Promise<void> {
    if (this.#observe({ kind: 'request', detail: `${options.type ?? 'GET'} ${options.url}` }))
      return;
    let response: HostResponse;
    try {
      response = await this.#options.performRequest(options);
    } catch {
      response = { status: 0, statusText: 'error', headers: {}, text: '' };
    }
    const outcome = requestOutcome(options, response);
    const responseArgs = [outcome.value, outcome.textStatus, response.statusText];
    this.#send({ key: `zaf.${key}.${outcome.ok ? 'done' : 'fail'}`, message: { responseArgs } });
  }
}
