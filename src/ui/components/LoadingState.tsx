import { Skeleton } from '@zendeskgarden/react-loaders';
import { useI18n } from '../i18n';

/** A skeleton shaped like what is coming, so the frame is never blank while Zendesk answers. */
export function LoadingState({ lines = 5 }: { lines?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" aria-busy="true" style={{ padding: 12 }}>
      <span className="visually-hidden" style={visuallyHidden}>
        {t('common.loading')}
      </span>
      <Skeleton height="20px" width="60%" />
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} width={`${90 - ((index * 17) % 40)}%`} style={{ marginTop: 10 }} />
      ))}
    </div>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
