import { ToggleButton } from '@zendeskgarden/react-buttons';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTheme } from 'styled-components';
import styled from 'styled-components';
import type { RuleSet } from '../../../../core/routing';
import type { WeeklyTrend } from '../../../../core/stats';
import { useI18n } from '../../../i18n';
import { garden, Panel, PanelNote } from './styles';
import { CHART_HEIGHT } from './trend-chart-model';
import { chartSeries, chartWeeks, seriesColor } from './trend-series';
import { LoadProgress } from './LoadProgress';
import { TrendText } from './TrendText';
import type { LoadingState } from './use-insights';
import { useFigureFormat } from './use-figure-format';

// recharts is the tab's heaviest dependency: the figures paint first, the chart follows.
const TrendChart = lazy(() => import('./TrendChart'));

const Toggles = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin: 4px 0 8px;
`;

const Figure = styled.figure`
  margin: 0;
`;

const Swatch = styled.span<{ $color: string }>`
  display: inline-block;
  width: 10px;
  height: 3px;
  border-radius: 2px;
  margin-inline-end: 6px;
  vertical-align: middle;
  background: ${(p) => p.$color};
`;

/** The weekly trend: every handoff, plus the rules a lead adds (each counted when added). */
export function TrendSection({
  trend,
  ruleSet,
  loading,
  isBusy,
  onAddRule,
}: {
  trend: WeeklyTrend;
  ruleSet: RuleSet;
  /** A rule's series being counted now. */
  loading: LoadingState | undefined;
  isBusy: boolean;
  onAddRule: (ruleId: string) => void;
}) {
  const { t, formatNumber } = useI18n();
  const loadingRuleId = loading?.ruleId;
  const format = useFigureFormat();
  const theme = garden(useTheme() ?? {});
  const [shown, setShown] = useState<readonly string[]>(trend.ruleIds);
  const plotted = shown.filter((id) => trend.ruleIds.includes(id));
  const series = useMemo(
    () => chartSeries(theme, ruleSet, plotted, t('insights.trend.overall')),
    [theme, ruleSet, plotted, t],
  );
  const weeks = useMemo(() => chartWeeks(trend, format.shortDay), [trend, format]);
  const loadedNames = [
    t('insights.trend.overall'),
    ...ruleSet.rules.filter((rule) => trend.ruleIds.includes(rule.id)).map((rule) => rule.label),
  ];
  const toggle = (ruleId: string) => {
    const on = shown.includes(ruleId);
    setShown(on ? shown.filter((id) => id !== ruleId) : [...shown, ruleId]);
    if (!on && !trend.ruleIds.includes(ruleId)) onAddRule(ruleId);
  };
  return (
    <Panel aria-labelledby="insights-trend">
      <h3 id="insights-trend">{t('insights.trend.title')}</h3>
      <PanelNote>{t('insights.trend.subtitle')}</PanelNote>
      <Toggles role="group" aria-label={t('insights.trend.add')}>
        {ruleSet.rules.map((rule) => (
          <ToggleButton
            key={rule.id}
            size="small"
            isPressed={shown.includes(rule.id)}
            disabled={isBusy && loadingRuleId !== rule.id}
            aria-busy={loadingRuleId === rule.id}
            onClick={() => toggle(rule.id)}
          >
            <Swatch $color={seriesColor(theme, ruleSet, rule.id)} aria-hidden="true" />
            {rule.label}
          </ToggleButton>
        ))}
      </Toggles>
      {loading !== undefined && <LoadProgress loading={loading} ruleSet={ruleSet} />}
      <Figure>
        <Suspense fallback={<Skeleton height={`${CHART_HEIGHT}px`} />}>
          <TrendChart weeks={weeks} series={series} formatValue={(n) => formatNumber(n)} />
        </Suspense>
        <figcaption>
          <TrendText trend={trend} series={series} />
        </figcaption>
      </Figure>
      <PanelNote style={{ margin: '8px 0 0' }}>
        {t('insights.trend.loaded', { list: loadedNames.join(', ') })} {t('insights.trend.cost')}
      </PanelNote>
    </Panel>
  );
}
