import type { TriggerType } from '../../../../core/contract';
import type { RevisionIssueCode } from '../../../../core/rule-revisions';
import type { RoutingIssueCode } from '../../../../core/routing';
import { isValueKind, type Issue } from '../../../../core/shared';
import { useI18n, type Translator } from '../../../i18n';
import type { DraftField } from './draft/rule-draft';

const countOf = (issue: Issue): number =>
  typeof issue.params?.['count'] === 'number' ? issue.params['count'] : 0;

/**
 * The words for rule issues, rule types and fields, all from translations/ under `rules`.
 * @internal Exported only for tests: tests word issues without rendering a hook.
 */
export function ruleWording(translator: Translator) {
  const { t, tp } = translator;
  return {
    issue: (issue: Issue<RoutingIssueCode>) => {
      const { code } = issue;
      if (code !== 'wrong_type') return t(`rules.issues.${code}` as const, issue.params);
      // A kind pasted into a sentence cannot agree with its article or gender in every language.
      const expected = issue.params?.['expected'];
      return t(`rules.issues.wrong_type.${isValueKind(expected) ? expected : 'unknown'}` as const);
    },
    storage: (issue: Issue<RevisionIssueCode>) => {
      const { code } = issue;
      return code === 'rules_missing'
        ? t(`rules.storage.${code}` as const)
        : tp(`rules.storage.${code}` as const, countOf(issue));
    },
    typeName: (type: TriggerType) => t(`rules.types.${type}.name` as const),
    typeHelp: (type: TriggerType) => t(`rules.types.${type}.help` as const),
    field: (field: DraftField) => t(`rules.fields.${field}.label` as const),
  };
}

export function useRuleWording() {
  return ruleWording(useI18n());
}
