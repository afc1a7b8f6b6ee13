import type { WeeklyTrend } from '../../../../core/insights';
import { useI18n } from '../../../i18n';
import { FigureValue } from './FigureValue';
import { VisuallyHidden } from './styles';
import type { ChartSeries } from './trend-chart-model';
import { useFigureFormat } from './use-figure-format';

function present(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

/** The chart as words: a summary anyone can read, and every plotted number in a hidden table. */
export function TrendText({
  trend,
  series,
}: {
  trend: WeeklyTrend;
  series: readonly ChartSeries[];
}) {
  const { t } = useI18n();
  const format = useFigureFormat();
  const overall = trend.weeks.map((week) => week.overall);
  const known = present(overall);
  const first = trend.weeks[0];
  const last = trend.weeks.at(-1);
  const lastValue = overall.at(-1) ?? null;
  const complete = known.length === overall.length && first !== undefined && last !== undefined;
  const valueOf = (week: WeeklyTrend['weeks'][number], line: ChartSeries) =>
    line.ruleId === null ? week.overall : (week.rules[line.ruleId] ?? null);
  return (
    <>
      <p>
        {complete && lastValue !== null
          ? t('insights.trend.summary', {
              from: format.day(first.start),
              to: format.day(last.end),
              min: format.count(Math.min(...known)) ?? '',
              max: format.count(Math.max(...known)) ?? '',
              last: format.count(lastValue) ?? '',
            })
          : t('insights.trend.summaryPartial')}
      </p>
      <VisuallyHidden>
        <table>
          <caption>{t('insights.trend.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.trend.week')}</th>
              {series.map((line) => (
                <th key={line.key} scope="col">
                  {line.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.weeks.map((week) => (
              <tr key={week.start}>
                <th scope="row">{format.day(week.start)}</th>
                {series.map((line) => (
                  <td key={line.key}>
                    <FigureValue text={format.count(valueOf(week, line))} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </>
  );
}
