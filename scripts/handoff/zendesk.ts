import type { TicketRequest } from '../../src/core/bot';

export interface ZendeskConfig {
  readonly subdomain: string;
  readonly email: string;
  readonly token: string;
  readonly contextFieldId: number;
}

type Env = Readonly<Record<string, string | undefined>>;

const CREDENTIALS = ['ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'] as const;
const SUBDOMAIN = /^[a-z0-9][a-z0-9-]{0,62}$/i;
const TIMEOUT_MS = 30_000;

/** The context field id alone, for printing the ticket without creating it. */
export function readFieldId(env: Env): { id?: number; error?: string } {
  const raw = env['ZENDESK_CONTEXT_FIELD_ID']?.trim();
  if (raw === undefined || raw === '') return {};
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0
    ? { id }
    : {
        error: `ZENDESK_CONTEXT_FIELD_ID must be a ticket field id (a positive whole number), not "${raw}".`,
      };
}

/** No credentials: print only. Some, or a bad value: an error that says what to set. */
export function readZendeskConfig(env: Env): { config?: ZendeskConfig; error?: string } {
  const present = CREDENTIALS.filter((name) => (env[name]?.trim() ?? '') !== '');
  if (present.length === 0) return {};
  const missing = CREDENTIALS.filter((name) => !present.includes(name));
  if (missing.length > 0)
    return {
      error: `To create the ticket set ${missing.join(' and ')} too (or unset ${present.join(', ')} to only print it).`,
    };
  const subdomain = env['ZENDESK_SUBDOMAIN']?.trim() ?? '';
  if (!SUBDOMAIN.test(subdomain))
    return {
      error: `ZENDESK_SUBDOMAIN is the part before .zendesk.com (e.g. "acme"), not "${subdomain}".`,
    };
  const field = readFieldId(env);
  if (field.error !== undefined) return { error: field.error };
  if (field.id === undefined)
    return {
      error:
        'Set ZENDESK_CONTEXT_FIELD_ID to the id of the "Handoff context" ticket field (Admin Center > Objects and rules > Tickets > Fields), so the ticket carries the context package.',
    };
  return {
    config: {
      subdomain,
      email: env['ZENDESK_EMAIL']?.trim() ?? '',
      token: env['ZENDESK_API_TOKEN']?.trim() ?? '',
      contextFieldId: field.id,
    },
  };
}

export type CreateResult =
  | { readonly ok: true; readonly id: number; readonly url: string }
  | { readonly ok: false; readonly message: string };

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Zendesk's validation details (`{ details: { field: [{ description }] } }`) as one line. */
function detailsOf(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 300);
  if (typeof body !== 'object' || body === null) return '';
  const { details, description, error } = body as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof details === 'object' && details !== null) {
    for (const [field, list] of Object.entries(details)) {
      for (const item of Array.isArray(list) ? list : [list]) {
        const text = (item as { description?: unknown } | null)?.description;
        parts.push(`${field}: ${typeof text === 'string' ? text : JSON.stringify(item)}`);
      }
    }
  }
  if (parts.length === 0 && typeof description === 'string') parts.push(description);
  if (parts.length === 0 && typeof error === 'string') parts.push(error);
  return parts.join('; ');
}

function failure(
  status: number,
  statusText: string,
  body: unknown,
  config: ZendeskConfig,
  retryAfter: string | null,
): string {
  const details = detailsOf(body);
  const suffix = details === '' ? '' : `: ${details}`;
  switch (status) {
    case 401:
      return `Zendesk refused the credentials (401)${suffix}. Check ZENDESK_EMAIL and ZENDESK_API_TOKEN, and that token access is on in Admin Center.`;
    case 403:
      return `Zendesk forbade creating the ticket (403)${suffix}. The user needs to be an agent or admin.`;
    case 404:
      return `No Zendesk tickets API at ${config.subdomain}.zendesk.com (404). Check ZENDESK_SUBDOMAIN.`;
    case 422:
      return `Zendesk rejected the ticket (422)${suffix}. Check ZENDESK_CONTEXT_FIELD_ID names a multi-line ticket field.`;
    case 429:
      return `Zendesk's rate limit was reached (429); retry after ${retryAfter ?? 'a minute'} seconds.`;
    default:
      return `Zendesk answered ${status} ${statusText}${suffix}.`;
  }
}

/** POST /api/v2/tickets.json with API-token basic auth; every failure becomes a message. */
export async function createTicket(
  config: ZendeskConfig,
  body: TicketRequest,
  fetchImpl: typeof fetch,
): Promise<CreateResult> {
  const base = `https://${config.subdomain}.zendesk.com`;
  const credentials = Buffer.from(`${config.email}/token:${config.token}`).toString('base64');
  let response: Response;
  try {
    response = await fetchImpl(`${base}/api/v2/tickets.json`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${credentials}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.name === 'TimeoutError'
          ? `no answer in ${TIMEOUT_MS / 1000} s`
          : error.message
        : String(error);
    return { ok: false, message: `Could not reach ${base}: ${reason}.` };
  }
  const answer = await bodyOf(response);
  if (!response.ok)
    return {
      ok: false,
      message: failure(
        response.status,
        response.statusText,
        answer,
        config,
        response.headers.get('Retry-After'),
      ),
    };
  const id = (answer as { ticket?: { id?: unknown } } | null)?.ticket?.id;
  if (typeof id !== 'number')
    return { ok: false, message: `Zendesk answered ${response.status} without a ticket id.` };
  return { ok: true, id, url: `${base}/agent/tickets/${id}` };
}
