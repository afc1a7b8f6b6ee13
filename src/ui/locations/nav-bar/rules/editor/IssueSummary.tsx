import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../../../../i18n';
import type { DraftRule } from '../draft/rule-draft';
import type { FieldIssue } from '../draft/validate-draft';
import { useRuleWording } from '../use-rule-wording';
import { describeIssuePlace } from './describe-issue-place';

interface Props {
  readonly id: string;
  readonly issues: readonly FieldIssue[];
  readonly drafts: readonly DraftRule[];
  readonly onShow: (ruleKey: string) => void;
}

/** Why Save is disabled: every problem, where it is, and a button that opens that rule. */
export function IssueSummary({ id, issues, drafts, onShow }: Props) {
  const translator = useI18n();
  const { t, tp } = translator;
  const words = useRuleWording();
  if (issues.length === 0) return null;
  const nameAt = (index: number) => drafts[index]?.label.trim() || drafts[index]?.id;
  return (
    <Alert type="error" id={id} style={{ marginBottom: 12 }}>
      <Alert.Title>{tp('rules.summary.title', issues.length)}</Alert.Title>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
        {issues.map((entry, index) => {
          const path = entry.line === undefined ? entry.issue.path : entry.issue.path.slice(0, 3);
          const place = describeIssuePlace(path, nameAt, translator);
          const ruleKey = entry.ruleKey;
          return (
            <li key={index}>
              {ruleKey === undefined ? (
                place
              ) : (
                <Button isLink onClick={() => onShow(ruleKey)}>
                  {place}
                </Button>
              )}
              {place === '' ? '' : t('rules.place.separator')}
              {entry.line === undefined
                ? words.issue(entry.issue)
                : t('rules.editor.lineIssue', {
                    line: entry.line,
                    message: words.issue(entry.issue),
                  })}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
