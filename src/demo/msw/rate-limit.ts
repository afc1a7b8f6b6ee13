import { http, HttpResponse, type RequestHandler } from 'msw';

/**
 * Requests a minute each Zendesk Suite plan allows the whole account, every integration
 * together (developer.zendesk.com, "Rate limits"). The handoff bot spends from the same budget.
 * @internal Exported only for tests: tests state the plans' budgets from it.
 */
export const PLAN_RATE_LIMITS = {
  team: 200,
  growth: 400,
  professional: 400,
  enterprise: 700,
  enterprise_plus: 2500,
} as const;
export type PlanName = keyof typeof PLAN_RATE_LIMITS;

export const DEFAULT_REQUESTS_PER_MINUTE = PLAN_RATE_LIMITS.team;
const WINDOW_MS = 60_000;

/** A plan name or a positive whole number of requests a minute; undefined when neither. */
export function readRateLimit(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const plan = value.trim().toLowerCase();
  if (Object.hasOwn(PLAN_RATE_LIMITS, plan)) return PLAN_RATE_LIMITS[plan as PlanName];
  const count = Number(plan);
  return Number.isSafeInteger(count) && count > 0 ? count : undefined;
}

/**
 * The account's request budget: at most `perMinute` requests in any 60 seconds. A request over
 * it is refused with the seconds until the oldest counted one leaves the window.
 */
export class AccountRateLimit {
  readonly perMinute: number;
  readonly #clock: () => number;
  readonly #times: number[] = [];
  #refused = 0;

  constructor(perMinute: number = DEFAULT_REQUESTS_PER_MINUTE, clock: () => number = Date.now) {
    this.perMinute = perMinute;
    this.#clock = clock;
  }

  /** Counts one request, or refuses it with the wait Zendesk's Retry-After would name. */
  take(): { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number } {
    const now = this.#clock();
    while (this.#times.length > 0 && (this.#times[0] ?? now) <= now - WINDOW_MS)
      this.#times.shift();
    if (this.#times.length < this.perMinute) {
      this.#times.push(now);
      return { ok: true };
    }
    this.#refused += 1;
    const oldest = this.#times[0] ?? now;
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)),
    };
  }

  /** Requests refused with a 429 so far: what a test asserts is zero. */
  get refused(): number {
    return this.#refused;
  }
}

/**
 * First in the handler list: every REST request spends from the account's budget, and one over
 * it gets Zendesk's 429 with Retry-After in seconds. Within budget it answers nothing, so the
 * next handler does.
 */
export function rateLimitHandler(limit: AccountRateLimit): RequestHandler {
  return http.all('*/api/v2/*', () => {
    const taken = limit.take();
    if (taken.ok) return undefined;
    return new HttpResponse('Too Many Requests', {
      status: 429,
      headers: { 'Retry-After': String(taken.retryAfterSeconds), 'content-type': 'text/plain' },
    });
  });
}
