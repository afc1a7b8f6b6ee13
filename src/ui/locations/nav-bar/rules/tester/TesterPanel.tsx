import { Field, Checkbox, Input, Radio, Textarea } from '@zendeskgarden/react-forms';
import { useMemo, useState } from 'react';
import { evaluate, type RuleSet } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import { thresholdText } from '../draft/threshold-text';
import { Inline, Stack } from '../styles';
import { FieldPair, Legend, UnstyledFieldset } from './tester-styles';
import { DecisionView } from './DecisionView';
import { LoadTicket } from './LoadTicket';
import {
  buildConversation,
  EMPTY_INPUT,
  inputFromConversation,
  type TesterInput,
} from './tester-input';

interface Props {
  /** The draft's rules when they are valid; undefined while the draft has problems. */
  readonly draft: RuleSet | undefined;
  readonly saved: RuleSet;
  /** Only admins edit a draft; everyone else tests the saved rules. */
  readonly hasDraft: boolean;
}

type Against = 'draft' | 'saved';

/** Type or load a conversation and see, live, which rule fires against the draft or the saved rules. */
export function TesterPanel({ draft, saved, hasDraft }: Props) {
  const translator = useI18n();
  const { t } = translator;
  const [input, setInput] = useState<TesterInput>(EMPTY_INPUT);
  const [against, setAgainst] = useState<Against>('draft');
  const ruleSet = hasDraft && against === 'draft' ? draft : saved;
  const conversation = useMemo(() => buildConversation(input), [input]);
  const decision = useMemo(
    () => (ruleSet === undefined ? undefined : evaluate(ruleSet, conversation)),
    [ruleSet, conversation],
  );
  const edit = (patch: Partial<TesterInput>) => setInput((current) => ({ ...current, ...patch }));
  return (
    <Stack>
      {hasDraft && (
        <UnstyledFieldset>
          <Legend>{t('rules.tester.against')}</Legend>
          <Inline $gap={16}>
            {(['draft', 'saved'] as const).map((option) => (
              <Field key={option}>
                <Radio
                  name="tester-against"
                  value={option}
                  checked={against === option}
                  onChange={() => setAgainst(option)}
                >
                  <Field.Label isRegular>{t(`rules.tester.${option}`)}</Field.Label>
                </Radio>
              </Field>
            ))}
          </Inline>
        </UnstyledFieldset>
      )}
      <Field>
        <Field.Label>{t('rules.tester.conversation')}</Field.Label>
        <Field.Hint>{t('rules.tester.conversationHint')}</Field.Hint>
        <Textarea
          isCompact
          minRows={3}
          maxRows={12}
          value={input.text}
          onChange={(e) => edit({ text: e.target.value })}
        />
      </Field>
      <Field>
        <Field.Label>{t('rules.tester.intent')}</Field.Label>
        <Input isCompact value={input.intent} onChange={(e) => edit({ intent: e.target.value })} />
      </Field>
      <FieldPair>
        <Field>
          <Field.Label>{t('rules.tester.intentConfidence')}</Field.Label>
          <Input
            isCompact
            inputMode="decimal"
            value={input.intentConfidence}
            onChange={(e) => edit({ intentConfidence: e.target.value })}
          />
        </Field>
        <Field>
          <Field.Label>{t('rules.tester.answerConfidence')}</Field.Label>
          <Input
            isCompact
            inputMode="decimal"
            value={input.answerConfidence}
            onChange={(e) => edit({ answerConfidence: e.target.value })}
          />
        </Field>
      </FieldPair>
      <Field>
        <Checkbox
          checked={input.humanRequested}
          onChange={(e) => edit({ humanRequested: e.target.checked })}
        >
          <Field.Label isRegular>{t('rules.tester.humanRequested')}</Field.Label>
        </Checkbox>
      </Field>
      {decision === undefined ? (
        <p role="status">{t('rules.tester.draftInvalid')}</p>
      ) : (
        <DecisionView decision={decision} messages={conversation.messages} />
      )}
      <LoadTicket
        onLoaded={(loaded) =>
          setInput(inputFromConversation(loaded, (value) => thresholdText(value, translator)))
        }
      />
    </Stack>
  );
}
