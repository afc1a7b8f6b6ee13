import type { ConversationMessage, Decision } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import { Highlight, MessageLine, Muted } from '../styles';
import { highlightSegments, type Span } from './highlight-segments';

function spansByMessage(decision: Decision): Map<number, Span[]> {
  const spans = new Map<number, Span[]>();
  const matches = decision.handoff ? [decision.fired, ...decision.alsoMatched] : [];
  matches.forEach((match, index) => {
    const { evidence } = match;
    if (evidence.kind !== 'phrase') return;
    const list = spans.get(evidence.messageIndex) ?? [];
    list.push({ ...evidence.span, fired: index === 0 });
    spans.set(evidence.messageIndex, list);
  });
  return spans;
}

/** The conversation as text, with the words that matched marked; never parsed as HTML. */
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
          {highlightSegments(message.text, spans.get(index) ?? []).map((segment, at) =>
            segment.kind === 'text' ? (
              <span key={at}>{segment.text}</span>
            ) : (
              <Highlight key={at} $fired={segment.fired}>
                {segment.text}
              </Highlight>
            ),
          )}
        </MessageLine>
      ))}
    </div>
  );
}
