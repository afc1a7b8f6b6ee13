import type { DateOperator, TimeRange } from './search-query';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;
const RELATIVE = /^\d+(minutes?|hours?|days?|weeks?|months?|years?)$/;

export type DateReading = { range: TimeRange } | { problem: 'invalid_date' | 'relative' };

function calendarDay(value: string): number | undefined {
  const match = DATE.exec(value);
  if (match === null) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2026-02-30 over to March: a real day formats back to itself.
  return new Date(ms).toISOString().slice(0, 10) === value ? ms : undefined;
}

/**
 * A bare date is a whole day in the demo account's time zone, UTC: `created>D` starts the day
 * after D, `created<D` ends before D, as Zendesk's `created>2014-08-01 created<2014-08-05`
 * means August 2 to 4. A date-time is an instant, to the second.
 */
export function readDateTerm(op: DateOperator, value: string): DateReading {
  if (RELATIVE.test(value)) return { problem: 'relative' };
  const day = calendarDay(value);
  let start: number;
  let end: number;
  if (day !== undefined) {
    start = day;
    end = day + DAY_MS;
  } else if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
    start = Date.parse(value);
    end = start + 1000;
  } else {
    return { problem: 'invalid_date' };
  }
  const ranges: Record<DateOperator, TimeRange> = {
    ':': { from: start, before: end },
    '>': { from: end, before: Infinity },
    '>=': { from: start, before: Infinity },
    '<': { from: -Infinity, before: start },
    '<=': { from: -Infinity, before: end },
  };
  return { range: ranges[op] };
}
