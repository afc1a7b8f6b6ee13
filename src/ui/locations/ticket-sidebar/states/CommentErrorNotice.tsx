import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { isRetryable, type ZendeskError } from '../../../../zendesk';
import { describeZendeskError } from '../../../components/ZendeskErrorState';
import { useI18n } from '../../../i18n';

/** The first comment was needed but could not be read: what happened, and a retry if it can help. */
export function CommentErrorNotice({
  error,
  onRetry,
}: {
  error: ZendeskError;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  const status = error.kind === 'http' ? error.status : '';
  return (
    <Alert type="error" role="alert" data-state="comment-failed" style={{ marginBottom: 12 }}>
      <Alert.Title>{t('sidebar.comment.failedTitle')}</Alert.Title>
      <p style={{ margin: '4px 0 8px' }}>{t(describeZendeskError(error), { status })}</p>
      {isRetryable(error) && (
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
