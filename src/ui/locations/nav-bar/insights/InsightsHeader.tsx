import { Button } from '@zendeskgarden/react-buttons';
import { useEffect, useRef, useState } from 'react';
import { isFocusLost } from '../../../components/focus-lost';
import { useI18n } from '../../../i18n';
import { CsvExportDialog } from './CsvExportDialog';
import { csvFileName, insightsCsv } from './csv-export';
import { Actions, HeaderRow, HeaderText, Muted } from './styles';
import { useFigureFormat } from './use-figure-format';
import type { InsightsView } from './use-insights';

/** What the figures cover and when they were counted, with Refresh and the CSV export. */
export function InsightsHeader({
  view,
  isBusy,
  onRefresh,
}: {
  view: InsightsView | undefined;
  isBusy: boolean;
  onRefresh: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const format = useFigureFormat();
  const figures = view?.figures;
  const [exporting, setExporting] = useState(false);
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
              <span data-testid="insights-as-of">
                {t('insights.asOf', { time: formatDateTime(figures.asOf) })}
              </span>
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
