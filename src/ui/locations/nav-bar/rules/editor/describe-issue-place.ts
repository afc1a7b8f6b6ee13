import type { IssuePath } from '../../../../../core/shared';
import type { Translator } from '../../../../i18n';
import { isDraftField } from '../draft/rule-draft';

/** Where an issue is, in words: "Rule 2 (refund) · Phrases, line 3". Empty for the whole set. */
export function describeIssuePlace(
  path: IssuePath,
  ruleName: (index: number) => string | undefined,
  { t }: Translator,
): string {
  const [root, index, field, item] = path;
  if (root !== 'rules' || typeof index !== 'number') return '';
  const parts = [
    t('rules.place.rule', { position: index + 1, name: ruleName(index) ?? '' }).trim(),
  ];
  if (isDraftField(field)) {
    const label = t(`rules.fields.${field}.label` as const);
    parts.push(
      typeof item === 'number' ? t('rules.place.item', { field: label, item: item + 1 }) : label,
    );
  }
  return parts.join(' · ');
}
