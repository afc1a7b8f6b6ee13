import { splitHighlights, type Span } from '../../../../core/brief';
import styled from 'styled-components';
import { UntrustedText } from './Untrusted';

const Mark = styled.mark`
  background: #fff0b3;
  color: inherit;
  border-radius: 2px;
  padding: 0 1px;
`;

/** Untrusted text with the words that fired the rule in <mark>; every segment is a text node. */
export function HighlightedText({
  text,
  highlights,
}: {
  text: string;
  highlights: readonly Span[];
}) {
  const segments = splitHighlights(text, highlights);
  return (
    <UntrustedText>
      {segments.map((segment, index) =>
        segment.isHighlighted ? <Mark key={index}>{segment.text}</Mark> : segment.text,
      )}
    </UntrustedText>
  );
}
