import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { RuleSet } from '../../../../core/routing';
import type { ZendeskError } from '../../../../zendesk';
import { describeZendeskError } from '../../../components/ZendeskErrorState';
import { useI18n, type Translator } from '../../../i18n';
import { groupMissing, type MissingGroup, type MissingItem } from './group-missing';
import { INTENTS_FAILURE } from './insights-snapshot';
import { useFigureFormat, type FigureFormat } from './use-figure-format';
import type { InsightsView } from './use-insights';

const SHOWN_GROUPS = 4;

function itemWords(item: MissingItem, t: Translator['t'], format: FigureFormat): string {
  switch (item.kind) {
    case 'figure':
      return t(`insights.missing.${item.figure}`);
    case 'week':
      return t('insights.missing.week', { date: format.shortDay(item.start) });
    case 'type':
      return t(`insights.types.${item.type}`);
    default: {
      const unreachable: never = item;
      throw new Error(`Unknown missing item ${JSON.stringify(unreachable)}`);
    }
  }
}

function groupWords(group: MissingGroup, t: Translator['t'], format: FigureFormat): string {
  const scope =
    group.scope.kind === 'all'
      ? t('insights.missing.all')
      : group.scope.kind === 'types'
        ? t('insights.missing.types')
        : t('insights.missing.rule', { label: group.scope.label });
  const figures = group.items.map((item) => itemWords(item, t, format)).join(', ');
  return t('insights.missing.scope', { scope, figures });
}

function reasonWords(error: ZendeskError, t: Translator['t']): string {
  // The shared wording promises a retry by itself; here the retries are spent and the button is it.
  if (error.kind === 'http' && error.status === 429) return t('insights.partial.rateLimited');
  return t(describeZendeskError(error), { status: error.kind === 'http' ? error.status : '' });
}

/**
 * Which figures did not load and why, with one button that counts only those again. Never an
 * error page: the exact figures stay on screen beside it.
 */
export function PartialNotice({
  view,
  ruleSet,
  isBusy,
  onRetry,
}: {
  view: InsightsView;
  ruleSet: RuleSet;
  isBusy: boolean;
  onRetry: () => void;
}) {
  const { t, tp, formatNumber } = useI18n();
  const format = useFigureFormat();
  const { figures, snapshot } = view;
  const groups = groupMissing(figures.missing, ruleSet, new Date(snapshot.now));
  const intentsFailed = Object.hasOwn(snapshot.failures, INTENTS_FAILURE);
  const list = groups.slice(0, SHOWN_GROUPS).map((group) => groupWords(group, t, format));
  if (groups.length > SHOWN_GROUPS)
    list.push(t('insights.partial.more', { count: formatNumber(groups.length - SHOWN_GROUPS) }));
  if (intentsFailed) list.push(t('insights.missing.intents'));
  const reason = Object.values(snapshot.failures).at(-1);
  const { fetched, matched } = snapshot.intentSample;
  return (
    <Alert type="warning" role="status" style={{ marginBottom: 16 }}>
      <Alert.Title>{t('insights.partial.title')}</Alert.Title>
      <p>
        {figures.missing.length > 0 && tp('insights.partial.counts', figures.missing.length)}{' '}
        {intentsFailed &&
          (matched === null
            ? t('insights.partial.intentsUnknown')
            : t('insights.partial.intents', {
                fetched: formatNumber(fetched),
                matched: formatNumber(matched),
              }))}{' '}
        {t('insights.partial.shown')}
      </p>
      <p>{t('insights.partial.missing', { list: list.join('; ') })}</p>
      {reason !== undefined && (
        <p>{t('insights.partial.reason', { reason: reasonWords(reason, t) })}</p>
      )}
      <Button size="small" onClick={onRetry} disabled={isBusy} style={{ marginTop: 8 }}>
        {t('insights.partial.retry')}
      </Button>
    </Alert>
  );
}
