import { Button } from '@zendeskgarden/react-buttons';
import { useEffect, useRef, useState } from 'react';
import { isFocusLost } from '../../../components/focus-lost';
import { useI18n } from '../../../i18n';
import { CsvExportDialog } from './CsvExportDialog';
import { csvFileName, insightsCsv } from './csv-export';
import { readSpan } from './insights-snapshot';
import { Actions, HeaderRow, HeaderText, Muted } from './styles';
import { useFigureFormat } from './use-figure-format';
import type { InsightsView } from './use-insights';

/**
 * What the figures cover and how fresh they are (ended weeks are kept for a day), with Refresh,
 * a way to read all 90 days again, and the CSV export.
 */
export function InsightsHeader({
  view,
  isBusy,
  onRefresh,
  onRereadAll,
}: {
  view: InsightsView | undefined;
  isBusy: boolean;
  onRefresh: () => void;
  onRereadAll: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const format = useFigureFormat();
  const figures = view?.figures;
  const [exporting, setExporting] = useState(false);
  const span = view === undefined ? undefined : readSpan(view.snapshot);
  const freshness =
    span === undefined
      ? ''
      : span.oldest.slice(0, 16) === span.newest.slice(0, 16)
        ? t('insights.freshness.same', { time: formatDateTime(span.newest) })
        : t('insights.freshness.span', {
            newest: formatDateTime(span.newest),
            oldest: formatDateTime(span.oldest),
          });
  // Refresh is disabled while it counts, which drops keyboard focus; give it back when done.
  const refresh = useRef<HTMLButtonElement>(null);
  const refreshed = useRef(false);
  useEffect(() => {
    if (isBusy || !refreshed.current) return;
    refreshed.current = false;
    if (isFocusLost()) refresh.current?.focus();
  }, [isBusy]);
  return (
    <HeaderRow>
      <HeaderText>
        <h2>{t('insights.title')}</h2>
        <p>{t('insights.intro')}</p>
        {figures !== undefined && (
          // A live region: a refresh that finishes is announced by its new time.
          <p role="status">
            <Muted>
              {t('insights.range', {
                from: format.day(figures.windowStart.days90),
                to: format.day(figures.today),
              })}
              {' · '}
              <span data-testid="insights-as-of">{freshness}</span>{' '}
              <Button isLink size="small" onClick={onRereadAll} disabled={isBusy}>
                {t('insights.rereadAll')}
              </Button>
            </Muted>
          </p>
        )}
      </HeaderText>
      <Actions>
        <Button
          ref={refresh}
          size="small"
          disabled={isBusy}
          onClick={() => {
            refreshed.current = true;
            onRefresh();
          }}
        >
          {t('insights.refresh')}
        </Button>
        <Button
          size="small"
          isPrimary
          disabled={figures === undefined}
          onClick={() => setExporting(true)}
        >
          {t('insights.exportCsv')}
        </Button>
      </Actions>
      {exporting && figures !== undefined && (
        <CsvExportDialog
          csv={insightsCsv(figures, t)}
          fileName={csvFileName(figures.today)}
          onClose={() => setExporting(false)}
        />
      )}
    </HeaderRow>
  );
}
