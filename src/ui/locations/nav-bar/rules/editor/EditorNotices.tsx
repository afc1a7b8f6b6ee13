import { Alert } from '@zendeskgarden/react-notifications';
import type { StoredRules } from '../../../../../core/rule-revisions';
import { NARROW_RULE_LIMIT } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import type { UserRole } from '../../../../app/zendesk-context';
import { useRuleWording } from '../use-rule-wording';

/** What the app did about stored rules it could not use (defaults shown, entries kept). */
export function StorageProblems({ stored }: { stored: StoredRules }) {
  const { t } = useI18n();
  const words = useRuleWording();
  if (stored.problems.length === 0) return null;
  return (
    <Alert type="warning" style={{ marginTop: 12 }}>
      {/* Unreadable history alone leaves the stored rules in use: no "showing the defaults". */}
      <Alert.Title>
        {t(stored.source === 'stored' ? 'rules.storage.historyTitle' : 'rules.storage.title')}
      </Alert.Title>
      {stored.problems.map((problem) => (
        <p key={problem.code} style={{ margin: '4px 0' }}>
          {words.storage(problem)}
        </p>
      ))}
      {stored.ruleIssues.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {stored.ruleIssues.map((issue, index) => (
            <li key={index}>{words.issue(issue)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

export function ReadOnlyNotice({ role }: { role: UserRole }) {
  const { t } = useI18n();
  return (
    <Alert type="info" style={{ marginTop: 12 }}>
      <Alert.Title>{t('rules.readOnly.title')}</Alert.Title>
      {t(role === 'agent' ? 'rules.readOnly.agent' : 'rules.readOnly.other')}
    </Alert>
  );
}

/** The narrow-set nudge: allowed, but start narrow and grow from data. */
export function NarrowSetNudge({ enabled }: { enabled: number }) {
  const { t } = useI18n();
  if (enabled <= NARROW_RULE_LIMIT) return null;
  return (
    <Alert type="warning" style={{ marginBottom: 12 }}>
      <Alert.Title>
        {t('rules.narrow.title', { count: enabled, limit: NARROW_RULE_LIMIT })}
      </Alert.Title>
      {t('rules.narrow.body', { count: enabled, limit: NARROW_RULE_LIMIT })}
    </Alert>
  );
}
