import { Progress } from '@zendeskgarden/react-loaders';
import styled from 'styled-components';
import { useI18n } from '../../../i18n';
import type { LoadingState } from './use-insights';

const Box = styled.div`
  margin-bottom: 16px;
  max-width: 560px;
`;

/** Garden's progress bar with the weeks read in words. */
export function LoadProgress({ loading }: { loading: LoadingState }) {
  const { t, formatNumber } = useI18n();
  const { done, total, kind } = loading;
  const words =
    total === 0
      ? t('insights.progress.starting')
      : t(`insights.progress.${kind}`, { done: formatNumber(done), total: formatNumber(total) });
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
