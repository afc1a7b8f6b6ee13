import { Alert } from '@zendeskgarden/react-notifications';
import { useMemo } from 'react';
import { lastKnownLabels } from '../../../../core/rule-revisions';
import { ErrorBoundary } from '../../../app/ErrorBoundary';
import { LoadingState } from '../../../components/LoadingState';
import { useI18n } from '../../../i18n';
import { FallThroughIntents } from './FallThroughIntents';
import { InsightsHeader } from './InsightsHeader';
import type { InsightsOptions } from './insights-options';
import { LoadProgress } from './LoadProgress';
import { PartialNotice } from './PartialNotice';
import { Recommendations } from './Recommendations';
import { RuleTable } from './RuleTable';
import { Columns, Stack } from './styles';
import { SummaryTiles } from './SummaryTiles';
import { TrendSection } from './TrendSection';
import { TypeSplitTable } from './TypeSplitTable';
import type { InsightsSource } from './use-insights-source';
import { useInsights } from './use-insights';

/** Insights for one revision of the rules: its parent remounts it when the rules change. */
export function InsightsPanel({
  source,
  options,
}: {
  source: InsightsSource;
  options: InsightsOptions;
}) {
  const { t } = useI18n();
  const { ruleSet, source: rulesSource, history } = source.rules;
  const pastLabels = useMemo(() => lastKnownLabels(history), [history]);
  const insights = useInsights(ruleSet, source.contextFieldId, options, pastLabels);
  // A bug, not a Zendesk failure: the tab's error boundary says so.
  if (insights.crash !== undefined) throw insights.crash;
  const { view, loading } = insights;
  const isBusy = loading !== undefined;
  const isPartial = view !== undefined && view.figures.partial;
  return (
    <>
      <InsightsHeader
        view={view}
        isBusy={isBusy}
        onRefresh={insights.refresh}
        onRereadAll={insights.rereadAll}
      />
      {rulesSource !== 'stored' && (
        <Alert type="info" style={{ marginBottom: 16 }}>
          {t(`insights.rulesNote.${rulesSource}`)}
        </Alert>
      )}
      {loading !== undefined && <LoadProgress loading={loading} />}
      {view === undefined ? (
        <LoadingState lines={10} />
      ) : (
        <>
          {isPartial && (
            <PartialNotice view={view} isBusy={isBusy} onRetry={insights.retryMissing} />
          )}
          {view.figures.totals.hits.days90 === 0 && (
            <Alert type="info" style={{ marginBottom: 16 }}>
              {t('insights.empty')}
            </Alert>
          )}
          <Stack>
            <SummaryTiles figures={view.figures} />
            <ErrorBoundary>
              <RuleTable figures={view.figures} />
            </ErrorBoundary>
            <ErrorBoundary>
              <Recommendations
                recommendations={view.recommendations}
                figures={view.figures}
                ruleSet={ruleSet}
              />
            </ErrorBoundary>
            <Columns>
              <ErrorBoundary>
                <TrendSection trend={view.figures.trend} ruleSet={ruleSet} />
              </ErrorBoundary>
              <ErrorBoundary>
                <TypeSplitTable split={view.figures.types} />
              </ErrorBoundary>
            </Columns>
            <ErrorBoundary>
              <FallThroughIntents figures={view.figures} />
            </ErrorBoundary>
          </Stack>
        </>
      )}
    </>
  );
}
