import type { RevisionIssueCode } from '../../../../core/rule-revisions';
import type { RoutingIssueCode, RuleType } from '../../../../core/routing';
import type { Issue } from '../../../../core/shared';
import { useI18n, type Translator } from '../../../i18n';
import type { DraftField } from './model/rule-draft';

/** The words for rule issues, rule types and fields, all from translations/ under `rules`. */
export function ruleWords(translator: Translator) {
  const { t } = translator;
  return {
    issue: (issue: Issue<RoutingIssueCode>) =>
      t(`rules.issues.${issue.code}` as const, issue.params),
    storage: (issue: Issue<RevisionIssueCode>) =>
      t(`rules.storage.${issue.code}` as const, issue.params),
    typeName: (type: RuleType) => t(`rules.types.${type}.name` as const),
    typeHelp: (type: RuleType) => t(`rules.types.${type}.help` as const),
    field: (field: DraftField) => t(`rules.fields.${field}.label` as const),
  };
}

export function useRuleWords() {
  return ruleWords(useI18n());
}
