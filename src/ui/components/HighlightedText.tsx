import { splitHighlights, type Span } from '../../core/brief';
import styled from 'styled-components';
import { UntrustedText } from './Untrusted';

const Mark = styled.mark<{ $alsoMatched: boolean }>`
  background: ${(p) => (p.$alsoMatched ? '#fff8e0' : '#fff0b3')};
  color: inherit;
  border-radius: 2px;
  padding: 0 1px;
  /* Words that fired are told apart from words that only matched by more than a shade. */
  box-shadow: ${(p) => (p.$alsoMatched ? 'inset 0 -1px 0 #d4a600' : 'none')};
`;

/**
 * Untrusted text with matched words in <mark>; every segment is a text node, inside <bdi>,
 * and a surrogate pair (an emoji) is never cut.
 */
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
        segment.isHighlighted ? (
          <Mark key={index} $alsoMatched={segment.alsoMatched === true}>
            {segment.text}
          </Mark>
        ) : (
          segment.text
        ),
      )}
    </UntrustedText>
  );
}
