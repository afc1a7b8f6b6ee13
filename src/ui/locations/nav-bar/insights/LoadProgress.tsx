import { Progress } from '@zendeskgarden/react-loaders';
import type { RuleSet } from '../../../../core/routing';
import { useI18n } from '../../../i18n';
import type { LoadingState } from './use-insights';
import styled from 'styled-components';

const Box = styled.div`
  margin-bottom: 16px;
  max-width: 560px;
`;

/** Garden's progress bar with done/total in words: loads take dozens of requests. */
export function LoadProgress({ loading, ruleSet }: { loading: LoadingState; ruleSet: RuleSet }) {
  const { t, formatNumber } = useI18n();
  const { done, total, kind } = loading;
  const numbers = { done: formatNumber(done), total: formatNumber(total) };
  const rule = ruleSet.rules.find((r) => r.id === loading.ruleId)?.label ?? '';
  const words =
    total === 0
      ? t('insights.progress.starting')
      : kind === 'trend'
        ? t('insights.progress.trend', { ...numbers, rule })
        : t(`insights.progress.${kind}`, numbers);
  return (
    <Box role="status" aria-live="polite">
      <p>{words}</p>
      <Progress
        value={total === 0 ? 0 : (done / total) * 100}
        aria-label={t('insights.progress.label')}
        aria-valuetext={words}
        size="small"
      />
    </Box>
  );
}
