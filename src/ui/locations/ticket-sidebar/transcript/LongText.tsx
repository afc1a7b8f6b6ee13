import { Button } from '@zendeskgarden/react-buttons';
import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import type { Span } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { HighlightedText } from '../../../components/HighlightedText';

/** What a long message shows before "show more", and how much more each click reveals. */
export const COLLAPSED_CHARS = 600;
const EXPAND_STEP_CHARS = 20_000;
/** Past the collapsed length by this little, showing it all beats a button. */
const SLACK_CHARS = 120;
/** Text shown either side of marked words that lie past the collapsed part. */
const CONTEXT_CHARS = 200;

const Controls = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
  margin-top: 2px;
  white-space: normal;
`;

/** An index moved back off the low half of a surrogate pair, so no character is split. */
function boundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

export function isLong(text: string): boolean {
  return text.length > COLLAPSED_CHARS + SLACK_CHARS;
}

/**
 * The parts of a long message on screen: its first `limit` characters and, while the marked
 * words lie beyond them, a window around those words, so the evidence shows without the rest.
 */
function visibleParts(text: string, highlights: readonly Span[], limit: number) {
  const headEnd = boundary(text, Math.min(limit, text.length));
  const beyond = highlights.filter((span) => span.end > headEnd).sort((a, b) => a.start - b.start);
  const mark = beyond[0];
  if (mark === undefined || mark.start - CONTEXT_CHARS <= headEnd) {
    return {
      headEnd:
        mark === undefined
          ? headEnd
          : boundary(text, Math.min(text.length, mark.end + CONTEXT_CHARS)),
      window: undefined,
    };
  }
  const start = boundary(text, mark.start - CONTEXT_CHARS);
  const end = boundary(text, Math.min(text.length, mark.end + CONTEXT_CHARS));
  return { headEnd, window: { start, end } };
}

const shift = (spans: readonly Span[], by: number) =>
  spans.map((span) => ({ start: span.start - by, end: span.end - by }));

/**
 * A message of any length, as text: long ones start collapsed and grow in steps, so a 1 MB
 * message never lands in the layout at once; marked words past the cut still show.
 */
export function LongText({ text, highlights }: { text: string; highlights: readonly Span[] }) {
  const { t, tp } = useI18n();
  const [limit, setLimit] = useState(COLLAPSED_CHARS);
  const more = useRef<HTMLButtonElement>(null);
  const less = useRef<HTMLButtonElement>(null);
  const pressed = useRef<'more' | 'less'>(undefined);
  // The pressed button goes away once the whole message shows (or is collapsed): keep keyboard
  // focus on the one that stays, not on the page.
  useEffect(() => {
    const which = pressed.current;
    pressed.current = undefined;
    if (which === 'more') (more.current ?? less.current)?.focus();
    if (which === 'less') (less.current ?? more.current)?.focus();
  }, [limit]);
  if (!isLong(text)) return <HighlightedText text={text} highlights={highlights} />;
  const { headEnd, window } = visibleParts(text, highlights, limit);
  const shown = headEnd + (window === undefined ? 0 : window.end - window.start);
  const left = text.length - shown;
  return (
    <>
      <HighlightedText text={text.slice(0, headEnd)} highlights={highlights} />
      {headEnd < text.length && '…'}
      {window !== undefined && (
        <>
          <HighlightedText
            text={text.slice(window.start, window.end)}
            highlights={shift(highlights, window.start)}
          />
          {window.end < text.length && '…'}
        </>
      )}
      <Controls>
        {left > 0 && (
          <Button
            ref={more}
            isLink
            size="small"
            onClick={() => {
              pressed.current = 'more';
              setLimit(headEnd + EXPAND_STEP_CHARS);
            }}
          >
            {tp('sidebar.transcript.showMore', left)}
          </Button>
        )}
        {limit > COLLAPSED_CHARS && (
          <Button
            ref={less}
            isLink
            size="small"
            onClick={() => {
              pressed.current = 'less';
              setLimit(COLLAPSED_CHARS);
            }}
          >
            {t('sidebar.transcript.showLess')}
          </Button>
        )}
      </Controls>
    </>
  );
}
