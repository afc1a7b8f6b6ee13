import { TRIGGER_TYPES, type TriggerType } from '../../../../../core/contract';
import { Field, Input, Select, Textarea } from '@zendeskgarden/react-forms';
import { Code } from '@zendeskgarden/react-typography';
import { ruleTag } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import type { DraftField, DraftRule } from '../draft/rule-draft';
import { issuesFor, type FieldIssue } from '../draft/validate-draft';
import { RuleBody, Wide } from './rule-form-styles';
import { useRuleWording } from '../use-rule-wording';
import { FieldIssues } from './FieldIssues';

interface Props {
  readonly draft: DraftRule;
  readonly issues: readonly FieldIssue[];
  readonly readOnly: boolean;
  readonly onEdit: (patch: Partial<Omit<DraftRule, 'key' | 'idMode'>>) => void;
}

/** The form of one rule: each field with its hint and, beside it, what is wrong with it. */
export function RuleFields({ draft, issues, readOnly, onEdit }: Props) {
  const { t } = useI18n();
  const words = useRuleWording();
  const of = (field: DraftField) => issuesFor(issues, draft.key, field);
  const validation = (field: DraftField) =>
    of(field).length > 0 ? { validation: 'error' as const } : {};
  const text = (
    field: 'label' | 'id' | 'description' | 'below' | 'minConfidence',
    wide = false,
  ) => {
    const input = (
      <Field>
        <Field.Label>{words.field(field)}</Field.Label>
        <Field.Hint>
          {field !== 'id'
            ? t(`rules.fields.${field}.hint`)
            : draft.idMode === 'stored'
              ? t('rules.fields.id.fixed', { tag: ruleTag(draft.id) })
              : t('rules.fields.id.hint', { tag: ruleTag(draft.id || '…') })}
        </Field.Hint>
        <Input
          isCompact
          value={draft[field]}
          readOnly={readOnly || (field === 'id' && draft.idMode === 'stored')}
          {...(field === 'below' || field === 'minConfidence'
            ? { inputMode: 'decimal' as const }
            : {})}
          {...validation(field)}
          onChange={(event) => onEdit({ [field]: event.target.value })}
        />
        <FieldIssues issues={of(field)} />
      </Field>
    );
    return wide ? <Wide>{input}</Wide> : input;
  };
  const lines = (field: 'phrases' | 'intents') => (
    <Wide>
      <Field>
        <Field.Label>{words.field(field)}</Field.Label>
        <Field.Hint>
          {t(`rules.fields.${field}.hint`)}{' '}
          {field === 'phrases' && <Code>{t('rules.fields.phrases.example')}</Code>}
        </Field.Hint>
        <Textarea
          isCompact
          minRows={3}
          maxRows={10}
          value={draft[field]}
          readOnly={readOnly}
          {...validation(field)}
          onChange={(event) => onEdit({ [field]: event.target.value })}
        />
        <FieldIssues issues={of(field)} />
      </Field>
    </Wide>
  );
  return (
    <RuleBody>
      {text('label')}
      {text('id')}
      <Wide>
        <Field>
          <Field.Label>{words.field('type')}</Field.Label>
          <Field.Hint>{words.typeHelp(draft.type)}</Field.Hint>
          <Select
            isCompact
            value={draft.type}
            disabled={readOnly}
            {...validation('type')}
            onChange={(event) => onEdit({ type: event.target.value as TriggerType })}
          >
            {TRIGGER_TYPES.map((type) => (
              <option key={type} value={type}>
                {words.typeName(type)}
              </option>
            ))}
          </Select>
          <FieldIssues issues={of('type')} />
        </Field>
      </Wide>
      {(draft.type === 'keyword' || draft.type === 'customer') && lines('phrases')}
      {draft.type === 'intent' && lines('intents')}
      {draft.type === 'intent' && text('minConfidence')}
      {draft.type === 'confidence' && text('below')}
      {text('description', true)}
    </RuleBody>
  );
}
