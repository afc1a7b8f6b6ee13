import type { IssuePath } from '../../../../../core/shared';
import type { Translator } from '../../../../i18n';

const FIELDS = [
  'id',
  'label',
  'type',
  'enabled',
  'description',
  'phrases',
  'intents',
  'below',
  'minConfidence',
] as const;
type Field = (typeof FIELDS)[number];

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
  if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) {
    const label = t(`rules.fields.${field as Field}.label` as const);
    parts.push(
      typeof item === 'number' ? t('rules.place.item', { field: label, item: item + 1 }) : label,
    );
  }
  return parts.join(' · ');
}
