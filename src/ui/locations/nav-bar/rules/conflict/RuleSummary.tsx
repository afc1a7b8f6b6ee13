import { Tag } from '@zendeskgarden/react-tags';
import { Code } from '@zendeskgarden/react-typography';
import type { Rule } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import { thresholdText } from '../draft/threshold-text';
import { Muted } from '../styles';
import { useRuleWording } from '../use-rule-wording';

/** A stored rule, read-only and complete enough to compare two versions of it. */
export function RuleSummary({ rule, position }: { rule: Rule; position: number }) {
  const translator = useI18n();
  const { t } = translator;
  const words = useRuleWording();
  const detail = (() => {
    switch (rule.type) {
      case 'keyword':
      case 'customer':
        return rule.phrases.join(', ');
      case 'intent':
        return rule.minConfidence === undefined
          ? rule.intents.join(', ')
          : `${rule.intents.join(', ')} (${t('rules.summary.atLeast', {
              threshold: thresholdText(rule.minConfidence, translator),
            })})`;
      case 'confidence':
        return t('rules.summary.below', { threshold: thresholdText(rule.below, translator) });
      default: {
        const unreachable: never = rule;
        throw new Error(`Unhandled rule ${JSON.stringify(unreachable)}`);
      }
    }
  })();
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        <Muted>{t('rules.summary.position', { position: position + 1 })}</Muted>
        <strong>{rule.label}</strong>
        <Tag size="small">{words.typeName(rule.type)}</Tag>
        <Code size="small">{rule.id}</Code>
        {!rule.enabled && <Muted>{t('rules.editor.off')}</Muted>}
      </div>
      <div style={{ overflowWrap: 'anywhere' }}>{detail}</div>
      {rule.description !== undefined && <Muted>{rule.description}</Muted>}
    </div>
  );
}
