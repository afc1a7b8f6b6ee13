import type { Issue } from '../../core/shared';
import { parseSearchQuery } from './search-query';
import { SORT_FIELDS, type SortField, type SortOrder } from './match-search-query';
import type { SearchQuery } from './search-query';

/** Zendesk's Search API answers at most 1,000 results per query, 100 a page. */
export const SEARCH_RESULT_LIMIT = 1000;
const MAX_PER_PAGE = 100;

/** What Zendesk answers a request it refuses, with its status and body shape. */
export interface SearchRefusal {
  readonly status: 400 | 422;
  readonly body: Readonly<Record<string, unknown>>;
}

export interface SearchParams {
  readonly query: SearchQuery;
  readonly page: number;
  readonly perPage: number;
  readonly sort?: { readonly by: SortField; readonly order: SortOrder };
}

function invalidAttribute(name: string): SearchRefusal {
  return {
    status: 400,
    body: {
      error: {
        title: 'Invalid attribute',
        message: `You passed an invalid value for the ${name} attribute. Invalid parameter: ${name} must be an integer from api/v2/search/index`,
      },
    },
  };
}

function describe(issues: readonly Issue[]): string {
  return issues.map((found) => `${found.code} ${JSON.stringify(found.params ?? {})}`).join('; ');
}

function readQuery(params: URLSearchParams): SearchQuery | SearchRefusal {
  const text = params.get('query');
  const parsed = parseSearchQuery(text ?? '');
  if (parsed.ok) return parsed.value;
  return {
    status: 400,
    body: { error: 'invalid', description: `Invalid search: ${describe(parsed.issues)}` },
  };
}

function positiveInteger(raw: string | null, fallback: number): number | undefined {
  if (raw === null) return fallback;
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;
}

function isSortField(value: string): value is SortField {
  return (SORT_FIELDS as readonly string[]).includes(value);
}

/** Validates a List Search Results request the way Zendesk does for the parameters the app sends. */
export function readSearchParams(params: URLSearchParams): SearchParams | SearchRefusal {
  const query = readQuery(params);
  if ('status' in query) return query;
  const page = positiveInteger(params.get('page'), 1);
  if (page === undefined) return invalidAttribute('page');
  const requested = positiveInteger(params.get('per_page'), MAX_PER_PAGE);
  if (requested === undefined) return invalidAttribute('per_page');
  const perPage = Math.min(requested, MAX_PER_PAGE);
  if (page * perPage > SEARCH_RESULT_LIMIT) {
    return {
      status: 422,
      body: {
        error: 'invalid',
        description:
          'Invalid search: Requested response size was greater than Search Response Limits',
      },
    };
  }
  const sortBy = params.get('sort_by');
  const sortOrder = params.get('sort_order') ?? 'desc';
  if (sortBy !== null && !isSortField(sortBy)) return invalidAttribute('sort_by');
  if (sortOrder !== 'asc' && sortOrder !== 'desc') return invalidAttribute('sort_order');
  return {
    query,
    page,
    perPage,
    ...(sortBy === null ? {} : { sort: { by: sortBy, order: sortOrder } }),
  };
}
