import type { Span } from '../../../../../core/brief';
import type { ConversationMessage, Decision } from '../../../../../core/routing';
import { HighlightedText } from '../../../../components/HighlightedText';
import { useI18n } from '../../../../i18n';
import { MessageLine, Muted } from '../styles';

function spansByMessage(decision: Decision): Map<number, Span[]> {
  const spans = new Map<number, Span[]>();
  const matches = decision.handoff ? [decision.fired, ...decision.alsoMatched] : [];
  matches.forEach((match, index) => {
    const { evidence } = match;
    if (evidence.kind !== 'phrase') return;
    const list = spans.get(evidence.messageIndex) ?? [];
    list.push({ ...evidence.span, alsoMatched: index > 0 });
    spans.set(evidence.messageIndex, list);
  });
  return spans;
}

/**
 * The conversation as text, with the words that matched marked (those of the rule that fired
 * told apart); never parsed as HTML, each message isolated as the sidebar isolates it.
 */
export function HighlightedConversation({
  messages,
  decision,
}: {
  messages: readonly ConversationMessage[];
  decision: Decision;
}) {
  const { t } = useI18n();
  const spans = spansByMessage(decision);
  return (
    <div aria-label={t('rules.tester.conversationView')} role="group">
      {messages.map((message, index) => (
        <MessageLine key={index}>
          <Muted>
            {t('rules.tester.messageLabel', {
              number: index + 1,
              role: t(`rules.tester.roles.${message.role}`),
            })}{' '}
          </Muted>
          <HighlightedText text={message.text} highlights={spans.get(index) ?? []} />
        </MessageLine>
      ))}
    </div>
  );
}
