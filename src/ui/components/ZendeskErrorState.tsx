import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { isRetryable, type ZendeskError } from '../../zendesk';
import { useI18n, type TranslationKey } from '../i18n';

export function describeZendeskError(error: ZendeskError): TranslationKey {
  switch (error.kind) {
    case 'not_in_zendesk':
      return 'common.notInZendesk';
    case 'timeout':
      return 'errors.zendesk.timeout';
    case 'network':
      return 'errors.zendesk.network';
    case 'malformed_response':
      return 'errors.zendesk.malformed';
    case 'sdk':
      return 'errors.zendesk.sdk';
    case 'http':
      if (error.status === 401) return 'errors.zendesk.http401';
      if (error.status === 403) return 'errors.zendesk.http403';
      if (error.status === 404) return 'errors.zendesk.http404';
      if (error.status === 409) return 'errors.zendesk.http409';
      if (error.status === 422) return 'errors.zendesk.http422';
      if (error.status === 429) return 'errors.zendesk.http429';
      return error.status >= 500 ? 'errors.zendesk.http5xx' : 'errors.zendesk.httpOther';
    default: {
      const unreachable: never = error;
      throw new Error(`Unhandled Zendesk error ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A translated, actionable failure: what happened, and a retry where retrying can help. */
export function ZendeskErrorState({
  error,
  onRetry,
}: {
  error: ZendeskError;
  onRetry?: () => void;
}) {
  const { t } = useI18n();
  const status = error.kind === 'http' ? error.status : '';
  return (
    <Alert type={error.kind === 'not_in_zendesk' ? 'info' : 'error'} role="alert">
      <Alert.Title>{t('errors.title')}</Alert.Title>
      <p style={{ margin: '4px 0 8px' }}>{t(describeZendeskError(error), { status })}</p>
      {onRetry !== undefined && isRetryable(error) && (
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
