import type { RuleSet } from '../../../../core/routing';
import type { WeeklyTrend } from '../../../../core/insights';
import type { ChartSeries, ChartWeek } from './trend-chart-model';

/**
 * Okabe and Ito's colour-blind safe palette (jfly.iam.u-tokyo.ac.jp/color), its yellow left out
 * (too faint on white). Past six rules the colours repeat with a dash pattern, so no two lines
 * look alike. Every handoff is the black line.
 */
const RULE_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;
const OVERALL_COLOR = '#000000';
const DASHES = [undefined, '6 3', '2 3'] as const;

const OVERALL_KEY = 'all';
const ruleKey = (ruleId: string) => `rule:${ruleId}`;

function placeOf(ruleSet: RuleSet, ruleId: string): number {
  return Math.max(
    0,
    ruleSet.rules.findIndex((rule) => rule.id === ruleId),
  );
}

/** A rule keeps its colour (and dash) by its place in the set, whichever lines are shown. */
export function seriesStyle(ruleSet: RuleSet, ruleId?: string): { color: string; dash?: string } {
  if (ruleId === undefined) return { color: OVERALL_COLOR };
  const place = placeOf(ruleSet, ruleId);
  const dash = DASHES[Math.floor(place / RULE_COLORS.length) % DASHES.length];
  return {
    color: RULE_COLORS[place % RULE_COLORS.length] ?? OVERALL_COLOR,
    ...(dash === undefined ? {} : { dash }),
  };
}

/** The chart's lines: every handoff, then the rules the lead chose to show. */
export function chartSeries(
  ruleSet: RuleSet,
  shown: readonly string[],
  overallName: string,
  nameOf: (rule: RuleSet['rules'][number]) => string,
): ChartSeries[] {
  const rules = ruleSet.rules.filter((rule) => shown.includes(rule.id));
  return [
    { key: OVERALL_KEY, name: overallName, ...seriesStyle(ruleSet), ruleId: null },
    ...rules.map((rule) => ({
      key: ruleKey(rule.id),
      name: nameOf(rule),
      ...seriesStyle(ruleSet, rule.id),
      ruleId: rule.id,
    })),
  ];
}

export function chartWeeks(trend: WeeklyTrend, label: (day: string) => string): ChartWeek[] {
  return trend.weeks.map((week) => ({
    label: label(week.start),
    values: {
      [OVERALL_KEY]: week.overall,
      ...Object.fromEntries(Object.entries(week.rules).map(([id, n]) => [ruleKey(id), n])),
    },
  }));
}
