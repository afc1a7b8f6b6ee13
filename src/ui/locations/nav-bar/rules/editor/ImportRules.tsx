import { Button } from '@zendeskgarden/react-buttons';
import { Field, Textarea } from '@zendeskgarden/react-forms';
import { Modal } from '@zendeskgarden/react-modals';
import { Alert } from '@zendeskgarden/react-notifications';
import { useState } from 'react';
import { isObject, type Issue } from '../../../../../core/shared';
import { parseRuleSet, type RoutingIssueCode, type Rule } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import { useRuleWording } from '../use-rule-wording';
import { describeIssuePlace } from './describe-issue-place';

function nameAt(text: string, index: number): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const rule: unknown =
      isObject(value) && Array.isArray(value['rules']) ? value['rules'][index] : undefined;
    return isObject(rule) && typeof rule['label'] === 'string' ? rule['label'] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Pasted handoff-rules/v1 JSON replaces the draft only when all of it is valid: a refused
 * trigger type (time, turn count, sentiment) is explained, and nothing in the draft changes.
 */
export function ImportRules({
  onImport,
  onClose,
}: {
  onImport: (rules: readonly Rule[]) => void;
  onClose: () => void;
}) {
  const translator = useI18n();
  const { t } = translator;
  const words = useRuleWording();
  const [text, setText] = useState('');
  const [issues, setIssues] = useState<readonly Issue<RoutingIssueCode>[]>([]);
  const submit = () => {
    const parsed = parseRuleSet(text);
    if (parsed.ok) onImport(parsed.value.rules);
    else setIssues(parsed.issues);
  };
  return (
    <Modal onClose={onClose} isLarge aria-label={t('rules.import.title')}>
      <Modal.Header tag="h2">{t('rules.import.title')}</Modal.Header>
      <Modal.Body>
        <Field>
          <Field.Label>{t('rules.import.label')}</Field.Label>
          <Field.Hint>{t('rules.import.hint')}</Field.Hint>
          <Textarea
            minRows={8}
            maxRows={16}
            value={text}
            style={{ fontFamily: 'monospace' }}
            onChange={(event) => {
              setText(event.target.value);
              setIssues([]);
            }}
          />
        </Field>
        {issues.length > 0 && (
          <Alert type="error" role="alert" style={{ marginTop: 12 }}>
            <Alert.Title>{t('rules.import.refused')}</Alert.Title>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {issues.map((issue, index) => {
                const place = describeIssuePlace(issue.path, (i) => nameAt(text, i), translator);
                return (
                  <li key={index}>
                    {place === '' ? '' : `${place}${t('rules.place.separator')}`}
                    {words.issue(issue)}
                  </li>
                );
              })}
            </ul>
          </Alert>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Modal.FooterItem>
          <Button isBasic onClick={onClose}>
            {t('rules.import.cancel')}
          </Button>
        </Modal.FooterItem>
        <Modal.FooterItem>
          <Button isPrimary disabled={text.trim() === ''} onClick={submit}>
            {t('rules.import.submit')}
          </Button>
        </Modal.FooterItem>
      </Modal.Footer>
      <Modal.Close aria-label={t('rules.import.close')} />
    </Modal>
  );
}
