import { Field } from '@zendeskgarden/react-forms';
import { useI18n } from '../../../../i18n';
import type { FieldIssue } from '../draft/validate-draft';
import { useRuleWording } from '../use-rule-wording';

/** Every issue of one field, in words, as the field's message (so it is in its description). */
export function FieldIssues({ issues }: { issues: readonly FieldIssue[] }) {
  const { t } = useI18n();
  const words = useRuleWording();
  if (issues.length === 0) return null;
  return (
    <Field.Message validation="error" validationLabel={t('rules.editor.problemLabel')}>
      {issues.map((entry, index) => (
        <span key={index} style={{ display: 'block' }}>
          {entry.line === undefined
            ? words.issue(entry.issue)
            : t('rules.editor.lineIssue', { line: entry.line, message: words.issue(entry.issue) })}
        </span>
      ))}
    </Field.Message>
  );
}
