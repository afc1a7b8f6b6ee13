import { getResponse, type RequestHandler } from 'msw';
import type { HostRequestOptions, HostResponse } from './zaf-host';

/** The demo account's origin: the app's relative `/api/v2/...` URLs resolve against it. */
const DEMO_ZENDESK_ORIGIN = 'https://handoff-demo.zendesk.com';

/**
 * jQuery.ajax options as ZAF forwards them, turned into the fetch Request Zendesk's proxy would send.
 * @internal Exported only for tests: unit-tested on its own.
 */
export function toRequest(options: HostRequestOptions, base = DEMO_ZENDESK_ORIGIN): Request {
  const method = (options.type ?? 'GET').toUpperCase();
  const url = new URL(options.url, base);
  const headers = new Headers(options.headers);
  let body: string | undefined;
  if (options.data !== undefined && options.data !== null) {
    if (method === 'GET' && typeof options.data === 'object') {
      for (const [key, value] of Object.entries(options.data))
        url.searchParams.set(key, String(value));
    } else {
      body = typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
      if (typeof options.contentType === 'string') headers.set('content-type', options.contentType);
    }
  }
  return new Request(url, { method, headers, ...(body === undefined ? {} : { body }) });
}

/** @internal Exported only for tests: unit-tested on its own. */
export async function fromResponse(response: Response): Promise<HostResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  return {
    status: response.status,
    statusText: response.statusText,
    headers,
    text: await response.text(),
  };
}

/**
 * Answers the app's requests with the shared MSW handlers, in the page itself: no service worker
 * and no network. A request no handler answers is a bug, reported loudly like MSW's
 * `onUnhandledRequest: 'error'`.
 */
export function mswRequest(
  handlers: () => readonly RequestHandler[],
  onUnhandled: (request: Request) => void,
): (options: HostRequestOptions) => Promise<HostResponse> {
  return async (options) => {
    const request = toRequest(options);
    const response = await getResponse([...handlers()], request);
    if (response === undefined) {
      onUnhandled(request);
      return { status: 501, statusText: 'Not Implemented', headers: {}, text: '' };
    }
    return fromResponse(response);
  };
}
