/**
 * The calendar every Insights figure is counted on, in whole UTC days.
 *
 * "Today" is the UTC day that contains `now`. "The last N days" is today and the N - 1 UTC days
 * before it, with no upper bound (a ticket created a second ago counts). The weekly trend has
 * twelve 7-day weeks ending today: week 0 is the same 7 days as "the last 7 days", so it costs
 * no extra query; week k covers [today - 7k - 6, today - 7k]. Zendesk reads a bare date in a
 * search in the account's time zone, so in an account far from UTC a boundary can shift by that
 * offset; the figures stay consistent with each other because every query uses the same days.
 */
export const DAY_MS = 86_400_000;
export const INSIGHT_WINDOWS = [7, 30, 90] as const;
export type InsightWindow = (typeof INSIGHT_WINDOWS)[number];
export const TREND_WEEKS = 12;

/** A UTC calendar day as Zendesk search writes it: YYYY-MM-DD. */
export type UtcDay = string;

export interface TrendWeekSpan {
  /** 0 is the week ending today; 11 the oldest. */
  readonly index: number;
  readonly start: UtcDay;
  /** The last day of the week, inclusive. */
  readonly end: UtcDay;
  /** The day after `end`, absent for week 0 (it runs up to now). */
  readonly before?: UtcDay;
}

export interface InsightCalendar {
  readonly asOf: string;
  readonly today: UtcDay;
  readonly windowStart: Readonly<Record<InsightWindow, UtcDay>>;
  /** Newest first, as planned; the trend reverses them for charts. */
  readonly weeks: readonly TrendWeekSpan[];
}

export function formatUtcDay(ms: number): UtcDay {
  return new Date(ms).toISOString().slice(0, 10);
}

function todayStartMs(now: Date): number {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new Error('Insights need a valid `now`: got an invalid Date');
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function insightCalendar(now: Date): InsightCalendar {
  const today = todayStartMs(now);
  const day = (offset: number): UtcDay => formatUtcDay(today + offset * DAY_MS);
  const weeks: TrendWeekSpan[] = [];
  for (let index = 0; index < TREND_WEEKS; index += 1) {
    const start = day(-7 * index - 6);
    const end = day(-7 * index);
    weeks.push(
      index === 0 ? { index, start, end } : { index, start, end, before: day(-7 * index + 1) },
    );
  }
  return {
    asOf: now.toISOString(),
    today: day(0),
    windowStart: { 7: day(-6), 30: day(-29), 90: day(-89) },
    weeks,
  };
}
