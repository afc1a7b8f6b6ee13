import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useEffect, useRef } from 'react';
import { isFocusLost } from '../../../../components/focus-lost';
import { describeZendeskError } from '../../../../components/ZendeskErrorState';
import { useI18n } from '../../../../i18n';
import { isRetryable } from '../../../../../zendesk';
import type { SaveState } from '../use-rules-save';
import { useRuleWording } from '../use-rule-wording';

/**
 * The result of the last save, in words; conflicts have their own view. Save disables itself
 * while it runs, which drops keyboard focus: the result takes it, so it is read out and Tab
 * carries on from here.
 */
export function SaveOutcomeNotice({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t, formatDateTime } = useI18n();
  const words = useRuleWording();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isFocusLost()) notice.current?.focus();
  }, [state]);
  const focusable = { ref: notice, tabIndex: -1 };
  switch (state.kind) {
    case 'saved': {
      const { ruleSet } = state.stored;
      return (
        <Alert {...focusable} type="success" role="status" style={{ marginTop: 12 }}>
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
        <Alert {...focusable} type="error" role="alert" style={{ marginTop: 12 }}>
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
        <Alert {...focusable} type="warning" role="alert" style={{ marginTop: 12 }}>
          <Alert.Title>{t('rules.unconfirmed.title')}</Alert.Title>
          {t('rules.unconfirmed.body')}
        </Alert>
      );
    case 'invalid':
      return (
        <Alert {...focusable} type="error" role="alert" style={{ marginTop: 12 }}>
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
