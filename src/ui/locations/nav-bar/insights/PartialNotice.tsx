import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { LOAD_REQUEST_BUDGET, type WindowProblem } from '../../../../zendesk/search';
import { describeZendeskError } from '../../../components/ZendeskErrorState';
import { useI18n, type Translator } from '../../../i18n';
import { useFigureFormat } from './use-figure-format';
import type { InsightsView } from './use-insights';

function problemWords(
  problem: WindowProblem,
  t: Translator['t'],
  formatNumber: (n: number) => string,
) {
  switch (problem.kind) {
    case 'budget':
      return t('insights.partial.budget', { limit: formatNumber(LOAD_REQUEST_BUDGET) });
    case 'too_many':
      return t('insights.partial.tooMany');
    case 'http':
      // The shared wording promises a retry by itself; here the retries are spent and the button is it.
      if (problem.status === 429) return t('insights.partial.rateLimited');
      return t(describeZendeskError(problem), { status: problem.status });
    default:
      return t(describeZendeskError(problem), { status: '' });
  }
}

/**
 * Which weeks could not be read and why, with one button that reads only those. Never an error
 * page: every figure that does not need those days stays on screen, exact.
 */
export function PartialNotice({
  view,
  isBusy,
  onRetry,
}: {
  view: InsightsView;
  isBusy: boolean;
  onRetry: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const format = useFigureFormat();
  const weeks = view.figures.missing.map((window) =>
    t('insights.partial.week', {
      from: format.shortDay(window.start),
      to: format.shortDay(window.end),
    }),
  );
  const problem = view.snapshot.failures.at(-1)?.problem;
  return (
    <Alert type="warning" role="status" style={{ marginBottom: 16 }}>
      <Alert.Title>{t('insights.partial.title')}</Alert.Title>
      <p>{t('insights.partial.weeks', { list: weeks.join(', ') })}</p>
      <p>{t('insights.partial.shown')}</p>
      {problem !== undefined && (
        <p>{t('insights.partial.reason', { reason: problemWords(problem, t, formatNumber) })}</p>
      )}
      <Button size="small" onClick={onRetry} disabled={isBusy} style={{ marginTop: 8 }}>
        {t('insights.partial.retry')}
      </Button>
    </Alert>
  );
}
