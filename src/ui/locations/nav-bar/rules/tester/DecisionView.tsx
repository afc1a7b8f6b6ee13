import { Well } from '@zendeskgarden/react-notifications';
import type { ConversationMessage, Decision } from '../../../../../core/routing';
import { ruleLabelFor, useI18n } from '../../../../i18n';
import { useRuleWording } from '../use-rule-wording';
import { describeEvidence } from './describe-evidence';
import { HighlightedConversation } from './HighlightedConversation';

/** Which rule fires and why, the words that fired it, and what else matched. */
export function DecisionView({
  decision,
  messages,
}: {
  decision: Decision;
  messages: readonly ConversationMessage[];
}) {
  const translator = useI18n();
  const { t } = translator;
  const words = useRuleWording();
  return (
    <section aria-label={t('rules.tester.result')}>
      <div aria-live="polite">
        <Well isRecessed style={{ padding: 12 }}>
          {decision.handoff ? (
            <>
              <Well.Title>
                {t('rules.tester.fires', {
                  label: ruleLabelFor(t, decision.fired.ruleId, decision.fired.label),
                  type: words.typeName(decision.fired.type),
                })}
              </Well.Title>
              <p style={{ margin: '4px 0 0' }}>
                {describeEvidence(decision.fired.evidence, translator)}
              </p>
            </>
          ) : (
            <Well.Title>{t('rules.tester.noHandoff')}</Well.Title>
          )}
        </Well>
      </div>
      {messages.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <HighlightedConversation messages={messages} decision={decision} />
        </div>
      )}
      {decision.alsoMatched.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <strong>{t('rules.tester.alsoMatched')}</strong>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {decision.alsoMatched.map((match) => (
              <li key={match.ruleId}>
                {t('rules.tester.alsoMatchedItem', {
                  label: ruleLabelFor(t, match.ruleId, match.label),
                  why: describeEvidence(match.evidence, translator),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
