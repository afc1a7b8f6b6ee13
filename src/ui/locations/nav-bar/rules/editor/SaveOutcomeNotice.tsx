import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { describeZendeskError } from '../../../../components/ZendeskErrorState';
import { useI18n } from '../../../../i18n';
import { isRetryable } from '../../../../../zendesk';
import type { SaveState } from '../use-rules-save';
import { useRuleWords } from '../use-rule-words';

/** The result of the last save, in words; conflicts have their own view. */
export function SaveOutcomeNotice({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t, formatDateTime } = useI18n();
  const words = useRuleWords();
  switch (state.kind) {
    case 'saved': {
      const { ruleSet } = state.stored;
      return (
        <Alert type="success" role="status" style={{ marginTop: 12 }}>
          <Alert.Title>{t('rules.saved.title', { revision: ruleSet.revision })}</Alert.Title>
          {t('rules.saved.body', {
            revision: ruleSet.revision,
            who: ruleSet.updatedBy ?? '',
            when: ruleSet.updatedAt === undefined ? '' : formatDateTime(ruleSet.updatedAt),
          })}
        </Alert>
      );
    }
    case 'failed':
      return (
        <Alert type="error" role="alert" style={{ marginTop: 12 }}>
          <Alert.Title>{t('rules.failed.title')}</Alert.Title>
          <p style={{ margin: '4px 0' }}>
            {t(describeZendeskError(state.error), {
              status: state.error.kind === 'http' ? state.error.status : '',
            })}
          </p>
          <p style={{ margin: '4px 0 8px' }}>{t('rules.failed.kept')}</p>
          {isRetryable(state.error) && (
            <Button size="small" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
        </Alert>
      );
    case 'unconfirmed':
      return (
        <Alert type="warning" role="alert" style={{ marginTop: 12 }}>
          <Alert.Title>{t('rules.unconfirmed.title')}</Alert.Title>
          {t('rules.unconfirmed.body')}
        </Alert>
      );
    case 'invalid':
      return (
        <Alert type="error" role="alert" style={{ marginTop: 12 }}>
          <Alert.Title>{t('rules.failed.title')}</Alert.Title>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {state.issues.map((issue, index) => (
              <li key={index}>{words.issue(issue)}</li>
            ))}
          </ul>
        </Alert>
      );
    case 'idle':
    case 'saving':
    case 'conflict':
      return null;
    default: {
      const unreachable: never = state;
      throw new Error(`Unhandled save state ${JSON.stringify(unreachable)}`);
    }
  }
}
