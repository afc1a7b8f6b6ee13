import { fromResponse, toRequest } from '../../src/demo/host/host-request';
import {
  requestOutcome,
  type HostRequestOptions,
  type HostResponse,
} from '../../src/demo/host/zaf-host';
import type { RawZafClient } from '../../src/zendesk';

export interface FetchBackedOptions {
  /** Where relative request URLs resolve (Node's fetch needs an absolute URL). */
  readonly baseUrl: string;
}

/**
 * ZAF's `client.request()` as its host performs it, over a real fetch: the same outcome the local
 * host sends (`requestOutcome`), so these tests meet the shapes Zendesk delivers.
 */
function fetchBackedZafRequest(options: FetchBackedOptions) {
  return async (raw: Record<string, unknown>): Promise<unknown> => {
    const request: HostRequestOptions = {
      url: String(raw['url']),
      ...(typeof raw['type'] === 'string' ? { type: raw['type'] } : {}),
      ...(raw['data'] === undefined ? {} : { data: raw['data'] }),
      ...(typeof raw['contentType'] === 'string' ? { contentType: raw['contentType'] } : {}),
      ...(typeof raw['dataType'] === 'string' ? { dataType: raw['dataType'] } : {}),
      ...(raw['httpCompleteResponse'] === true ? { httpCompleteResponse: true } : {}),
    };
    let response: HostResponse;
    try {
      response = await fromResponse(await fetch(toRequest(request, options.baseUrl)));
    } catch {
      response = { status: 0, statusText: 'error', headers: {}, text: '' };
    }
    const outcome = requestOutcome(request, response);
    if (!outcome.ok) throw outcome.value;
    return outcome.value;
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
