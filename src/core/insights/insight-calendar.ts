/**
 * The calendar every Insights figure is counted on, in whole UTC days.
 *
 * "Today" is the UTC day that contains `now`. "The last N days" is today and the N - 1 UTC days
 * before it, with no upper bound (a ticket created a second ago counts). The weekly trend has
 * twelve 7-day weeks ending today: week 0 is the same 7 days as "the last 7 days", so it costs
 * to read; week k covers [today - 7k - 6, today - 7k]. Handoffs are read in windows of these
 * weeks (plus the six days the 90-day figures reach past the oldest week) and placed on days by
 * their own creation time, in UTC, after reading: Zendesk reads the bare dates of a search in the
 * account's time zone, so the queries reach one day further back than the calendar needs.
 */
const DAY_MS = 86_400_000;
export type InsightWindow = 7 | 30 | 90;
const TREND_WEEKS = 12;
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

function formatUtcDay(ms: number): UtcDay {
  return new Date(ms).toISOString().slice(0, 10);
}

function todayStartMs(now: Date): number {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new Error('Insights need a valid `now`: got an invalid Date');
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** The UTC day of an ISO time, or undefined when it is not one. */
export function utcDayOf(iso: string): UtcDay | undefined {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? formatUtcDay(ms) : undefined;
}

/** `day` moved by whole days. */
export function addDays(day: UtcDay, days: number): UtcDay {
  return formatUtcDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
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

/**
 * The windows Insights reads, oldest first: whole calendar weeks, Monday to Sunday, from the one
 * holding the oldest day to the one holding today. Fixed weeks, unlike the trend's rolling ones,
 * end once and for all, so a week read before can be kept. The oldest window starts a day before
 * the 90 days: Zendesk reads a search's dates in the account's time zone, and that day holds the
 * first UTC hours of the 90th. The days are placed back in UTC once the handoffs are read.
 */
export function recordWindows(now: Date): { readonly start: UtcDay; readonly end: UtcDay }[] {
  const calendar = insightCalendar(now);
  const first = addDays(calendar.windowStart[90], -1);
  // 1970-01-05 was a Monday: whole days since then, modulo 7, give the day of the week.
  const weekday = (day: UtcDay) => (((Date.parse(`${day}T00:00:00Z`) / DAY_MS - 4) % 7) + 7) % 7;
  const windows: { start: UtcDay; end: UtcDay }[] = [];
  for (let start = first; start <= calendar.today;) {
    const sunday = addDays(start, 6 - weekday(start));
    const end = sunday < calendar.today ? sunday : calendar.today;
    windows.push({ start, end });
    start = addDays(end, 1);
  }
  return windows;
}
