import { Alert } from '@zendeskgarden/react-notifications';
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
  const { ruleSet, source: rulesSource } = source.rules;
  const insights = useInsights(ruleSet, source.contextFieldId, options);
  // A bug, not a Zendesk failure: the tab's error boundary says so.
  if (insights.crash !== undefined) throw insights.crash;
  const { view, loading } = insights;
  const isBusy = loading !== undefined;
  const isPartial =
    view !== undefined && (view.figures.partial || !view.snapshot.intentSample.complete);
  return (
    <>
      <InsightsHeader view={view} isBusy={isBusy} onRefresh={insights.refresh} />
      {rulesSource !== 'stored' && (
        <Alert type="info" style={{ marginBottom: 16 }}>
          {t(`insights.rulesNote.${rulesSource}`)}
        </Alert>
      )}
      {loading !== undefined && loading.kind !== 'trend' && (
        <LoadProgress loading={loading} ruleSet={ruleSet} />
      )}
      {view === undefined ? (
        <LoadingState lines={10} />
      ) : (
        <>
          {isPartial && (
            <PartialNotice
              view={view}
              ruleSet={ruleSet}
              isBusy={isBusy}
              onRetry={insights.retryMissing}
            />
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
                <TrendSection
                  trend={view.figures.trend}
                  ruleSet={ruleSet}
                  loading={loading?.kind === 'trend' ? loading : undefined}
                  isBusy={isBusy}
                  onAddRule={insights.loadTrend}
                />
              </ErrorBoundary>
              <ErrorBoundary>
                <TypeSplitTable split={view.figures.types} />
              </ErrorBoundary>
            </Columns>
            <ErrorBoundary>
              <FallThroughIntents snapshot={view.snapshot} />
            </ErrorBoundary>
          </Stack>
        </>
      )}
    </>
  );
}
