import { Checkbox, Field, Fieldset } from '@zendeskgarden/react-forms';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { lazy, Suspense, useMemo, useState } from 'react';
import styled from 'styled-components';
import type { RuleSet } from '../../../../core/routing';
import type { WeeklyTrend } from '../../../../core/insights';
import { ruleLabelFor, useI18n } from '../../../i18n';
import { Panel, PanelNote } from './styles';
import { CHART_HEIGHT } from './trend-chart-model';
import { chartSeries, chartWeeks, seriesStyle } from './trend-series';
import { TrendText } from './TrendText';
import { useFigureFormat } from './use-figure-format';

// recharts is the tab's heaviest dependency: the figures paint first, the chart follows.
const TrendChart = lazy(() => import('./TrendChart'));

const Choices = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 4px 16px;
  margin: 4px 0 8px;
`;

const Figure = styled.figure`
  margin: 0;
`;

const Swatch = styled.svg`
  margin-inline-end: 6px;
  vertical-align: middle;
`;

/** A sample of the rule's line, colour and dash, beside its checkbox. */
function LineSample({ color, dash }: { color: string; dash?: string }) {
  return (
    <Swatch width="18" height="6" aria-hidden="true">
      <line x1="1" y1="3" x2="17" y2="3" stroke={color} strokeWidth="3" strokeDasharray={dash} />
    </Swatch>
  );
}

/** The weekly trend of every handoff, and of the rules the lead ticks. */
export function TrendSection({ trend, ruleSet }: { trend: WeeklyTrend; ruleSet: RuleSet }) {
  const { t, formatNumber } = useI18n();
  const format = useFigureFormat();
  const [shown, setShown] = useState<readonly string[]>(() =>
    ruleSet.rules.filter((rule) => rule.enabled).map((rule) => rule.id),
  );
  const series = useMemo(
    () =>
      chartSeries(ruleSet, shown, t('insights.trend.overall'), (rule) =>
        ruleLabelFor(t, rule.id, rule.label),
      ),
    [ruleSet, shown, t],
  );
  const weeks = useMemo(() => chartWeeks(trend, format.shortDay), [trend, format]);
  const toggle = (ruleId: string) =>
    setShown((now) =>
      now.includes(ruleId) ? now.filter((id) => id !== ruleId) : [...now, ruleId],
    );
  return (
    <Panel aria-labelledby="insights-trend">
      <h3 id="insights-trend">{t('insights.trend.title')}</h3>
      <PanelNote>{t('insights.trend.subtitle')}</PanelNote>
      <Fieldset>
        <Fieldset.Legend>{t('insights.trend.choose')}</Fieldset.Legend>
        <Choices>
          {ruleSet.rules.map((rule) => (
            <Field key={rule.id}>
              <Checkbox checked={shown.includes(rule.id)} onChange={() => toggle(rule.id)}>
                <Field.Label isRegular>
                  <LineSample {...seriesStyle(ruleSet, rule.id)} />
                  {ruleLabelFor(t, rule.id, rule.label)}
                </Field.Label>
              </Checkbox>
            </Field>
          ))}
        </Choices>
      </Fieldset>
      <Figure>
        <Suspense fallback={<Skeleton height={`${CHART_HEIGHT}px`} />}>
          <TrendChart weeks={weeks} series={series} formatValue={(n) => formatNumber(n)} />
        </Suspense>
        <figcaption>
          <TrendText trend={trend} series={series} />
        </figcaption>
      </Figure>
    </Panel>
  );
}
