import type { RawZafClient } from '../../src/zendesk';

export interface FetchBackedOptions {
  /** Where relative request URLs resolve (Node's fetch needs an absolute URL). */
  readonly baseUrl: string;
}

function headersRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name.toLowerCase()] = value));
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * ZAF's `client.request()` as its host performs it: the HTTP call, resolving with the JSON body,
 * rejecting with a jqXHR-like `{ status, responseText, responseJSON, responseHeaders }` on an
 * HTTP error and `{ status: 0 }` when the network fails. Stands in until the in-process ZAF host.
 */
export function fetchBackedZafRequest(options: FetchBackedOptions) {
  return async (raw: Record<string, unknown>): Promise<unknown> => {
    const url = new URL(String(raw['url']), options.baseUrl);
    const method = typeof raw['type'] === 'string' ? raw['type'] : 'GET';
    const body = typeof raw['data'] === 'string' ? raw['data'] : undefined;
    const contentType = typeof raw['contentType'] === 'string' ? raw['contentType'] : undefined;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        ...(body === undefined ? {} : { body }),
        ...(contentType === undefined ? {} : { headers: { 'content-type': contentType } }),
      });
    } catch {
      throw { status: 0, statusText: 'error', responseText: '' };
    }
    const responseText = await response.text();
    const responseJSON = parseJson(responseText);
    if (!response.ok) {
      throw {
        status: response.status,
        statusText: response.statusText,
        responseText,
        responseJSON,
        responseHeaders: headersRecord(response.headers),
      };
    }
    return raw['dataType'] === 'json' ? responseJSON : responseText;
  };
}

function unsupported(name: string): never {
  throw new Error(`${name}() is not available in the fetch-backed test client: only request() is`);
}

/** A RawZafClient whose only working method is request(), for the real ZendeskClient to wrap. */
export function fetchBackedZafClient(options: FetchBackedOptions): RawZafClient {
  return {
    request: fetchBackedZafRequest(options),
    get: () => unsupported('get'),
    set: () => unsupported('set'),
    invoke: () => unsupported('invoke'),
    metadata: () => unsupported('metadata'),
    context: () => unsupported('context'),
    on: () => unsupported('on'),
    off: () => unsupported('off'),
  };
}
