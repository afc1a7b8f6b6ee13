import styled from 'styled-components';
import type { AskItem } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { MetaLine } from '../layout';
import { color, hueColor } from '../../../components/styles';
import { HighlightedText } from '../../../components/HighlightedText';
import { Section } from './Section';

const Quote = styled.blockquote<{ $isFiring: boolean }>`
  margin: 0 0 6px;
  padding: 2px 0;
  padding-inline-start: 8px;
  border-inline-start: 3px solid
    ${(p) => (p.$isFiring ? hueColor('yellow', 500)(p) : color('border.default')(p))};
  min-width: 0;
  overflow-wrap: anywhere;
`;

function AskQuote({ item }: { item: AskItem }) {
  const { t } = useI18n();
  // Why it is shown, not when: the times are one click away in the transcript.
  const notes = [
    ...(item.role === 'customer' ? [] : [t(`brief.role.${item.role}`)]),
    ...item.why.map((why) => t(`sidebar.ask.why.${why}`)),
  ];
  return (
    <Quote
      $isFiring={item.isFiring}
      data-ask-index={item.index}
      data-firing={item.isFiring}
      data-why={item.why.join(' ')}
    >
      <div>
        <HighlightedText text={item.text.text} highlights={item.text.highlights} />
      </div>
      <MetaLine>{notes.join(' · ')}</MetaLine>
    </Quote>
  );
}

/**
 * What the customer asked: their problem first, then the message that fired the rule and their
 * latest when they add something, each saying why it is shown; the firing words marked.
 */
export function AskSection({ ask }: { ask: readonly AskItem[] }) {
  const { t } = useI18n();
  if (ask.length === 0) return null;
  return (
    <Section label={t('sidebar.ask.label')} name="ask">
      {ask.map((item) => (
        <AskQuote key={item.index} item={item} />
      ))}
    </Section>
  );
}
