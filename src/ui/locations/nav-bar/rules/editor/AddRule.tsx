import { TRIGGER_TYPES, type TriggerType } from '../../../../../core/contract';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Select } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import { useI18n } from '../../../../i18n';
import { Inline } from '../styles';
import { useRuleWording } from '../use-rule-wording';
import { RefusedTypesNote } from './RefusedTypesNote';

/** Picks one of the four working types; the refused ones are explained, never offered. */
export function AddRule({ onAdd }: { onAdd: (type: TriggerType) => void }) {
  const { t } = useI18n();
  const words = useRuleWording();
  const [type, setType] = useState<TriggerType>('keyword');
  return (
    <div style={{ marginTop: 12 }}>
      <Inline>
        <Field style={{ minWidth: 220 }}>
          <Field.Label>{t('rules.add.typeLabel')}</Field.Label>
          <Select
            isCompact
            value={type}
            onChange={(event) => setType(event.target.value as TriggerType)}
          >
            {TRIGGER_TYPES.map((option) => (
              <option key={option} value={option}>
                {words.typeName(option)}
              </option>
            ))}
          </Select>
        </Field>
        <Button size="small" onClick={() => onAdd(type)}>
          {t('rules.add.button')}
        </Button>
      </Inline>
      <p style={{ margin: '4px 0 8px' }}>{words.typeHelp(type)}</p>
      <RefusedTypesNote />
    </div>
  );
}
