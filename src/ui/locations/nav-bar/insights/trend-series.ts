import { getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { RuleSet } from '../../../../core/routing';
import type { WeeklyTrend } from '../../../../core/stats';
import type { ChartSeries, ChartWeek } from './trend-chart-model';

/** Garden hues far enough apart to tell lines apart; a rule keeps its hue by its place in the set. */
const RULE_HUES = [
  'blue',
  'orange',
  'purple',
  'green',
  'crimson',
  'teal',
  'fuschia',
  'kale',
  'azure',
  'royal',
] as const;

export const OVERALL_KEY = 'all';
const ruleKey = (ruleId: string) => `rule:${ruleId}`;

export function seriesColor(theme: IGardenTheme, ruleSet: RuleSet, ruleId?: string): string {
  if (ruleId === undefined) return getColor({ theme, hue: 'grey', shade: 800 });
  const index = Math.max(
    0,
    ruleSet.rules.findIndex((rule) => rule.id === ruleId),
  );
  return getColor({ theme, hue: RULE_HUES[index % RULE_HUES.length] ?? 'blue', shade: 700 });
}

/** The chart's lines: every handoff, then the shown rules whose series is loaded. */
export function chartSeries(
  theme: IGardenTheme,
  ruleSet: RuleSet,
  shown: readonly string[],
  overallName: string,
): ChartSeries[] {
  const rules = ruleSet.rules.filter((rule) => shown.includes(rule.id));
  return [
    { key: OVERALL_KEY, name: overallName, color: seriesColor(theme, ruleSet), ruleId: null },
    ...rules.map((rule) => ({
      key: ruleKey(rule.id),
      name: rule.label,
      color: seriesColor(theme, ruleSet, rule.id),
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
