import { anyMissing, countOf } from './figure-math';
import { insightCalendar } from './insight-calendar';
import { ALL, scopeOf, weekKey } from './insight-keys';
import type { AnsweredCounts, Figure, TrendWeek, WeeklyTrend } from './types';

/** Twelve weeks, oldest first, overall and for each rule whose trend was planned. */
export function computeTrend(
  ruleIds: readonly string[],
  counts: AnsweredCounts,
  now: Date,
): WeeklyTrend {
  const weeks: TrendWeek[] = [...insightCalendar(now).weeks].reverse().map((span) => {
    const rules: Record<string, Figure> = {};
    for (const ruleId of ruleIds)
      rules[ruleId] = countOf(counts, weekKey(scopeOf(ruleId), span.index));
    return {
      start: span.start,
      end: span.end,
      overall: countOf(counts, weekKey(ALL, span.index)),
      rules,
    };
  });
  const partial = weeks.some((week) => anyMissing(week.overall, ...Object.values(week.rules)));
  return { weeks, ruleIds, partial };
}
