import type { ExcerptText, Span } from './types.js';
import {
  assertLimit,
  ELLIPSIS,
  joinWords,
  LONG_WORD_CHARS,
  codePointLength,
  endCut,
  isAttachAt,
  isSpaceAt,
  scanWords,
  takeWords,
  wholeWords,
  type WordUnit,
} from './words.js';

function isValidSpan(text: string, span: Span | undefined): span is Span {
  return (
    span !== undefined &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= text.length
  );
}

const SENTENCE_END = /[.!?。！？…][\p{Pe}\p{Pf}"']*$/u;

/** Where to look back from: far enough for `lead` words, never mid-character. */
function lookBackFrom(text: string, focusStart: number, lead: number): number {
  let at = Math.max(0, focusStart - lead * (LONG_WORD_CHARS + 2) * 2);
  if (at === 0) return 0;
  if (at < text.length && codePointLength(text, at - 1) === 2) at += 1;
  // Landing inside a word would show its tail as if it were a word: start at the next space.
  if (!isSpaceAt(text, at - 1)) {
    let next = at;
    while (next < focusStart && !isSpaceAt(text, next)) next += codePointLength(text, next);
    if (next < focusStart) at = next;
  }
  while (at < focusStart && isAttachAt(text, at)) at += codePointLength(text, at);
  return at;
}

/** The start of the excerpt: up to `lead` words before the focus. Bounded work. */
function windowStart(text: string, focusStart: number, lead: number): number {
  const kept: WordUnit[] = [];
  scanWords(text, lookBackFrom(text, focusStart, lead), (unit) => {
    if (unit.start >= focusStart) return false;
    kept.push(unit);
    if (kept.length > lead) kept.shift();
    return true;
  });
  // The sentence that holds the focus, when it begins within reach: "…Can I talk to a human",
  // not "…than once. Can I talk to a human".
  let from = 0;
  for (let i = kept.length - 1; i >= 0; i -= 1) {
    const unit = kept[i];
    if (unit !== undefined && SENTENCE_END.test(text.slice(unit.start, unit.end))) {
      from = i + 1;
      break;
    }
  }
  // Nor starts on a Japanese ending, as if it were a word of its own.
  const first = kept.slice(from).find((unit) => !unit.continues);
  return first?.start ?? focusStart;
}

/**
 * Like shortenText, but keeps `focus` (the words that fired a rule) in view: when the head of
 * the text would leave it out, the excerpt starts a few words before it, behind an ellipsis.
 * The focus comes back mapped into the excerpt as `highlights` (cut short if it is longer
 * than the excerpt). At most `maxWords` words, ellipses included.
 */
export function excerptText(text: string, maxWords: number, focus: Span | undefined): ExcerptText {
  assertLimit(maxWords);
  const span = isValidSpan(text, focus) ? focus : undefined;
  const head = takeWords(text, 0, maxWords);
  if (!head.more) {
    return { ...joinWords(text, head.units, '', span), full: text, isShortened: false };
  }
  const kept = wholeWords(head.units, maxWords - 1);
  const lead = Math.floor((maxWords - 2) / 3);
  const coversFocus = span === undefined || (kept[kept.length - 1]?.end ?? 0) >= span.end;
  const start = coversFocus || lead < 1 ? 0 : windowStart(text, span.start, lead);
  const window = start === 0 ? undefined : takeWords(text, start, maxWords - 1);
  const joined =
    window === undefined
      ? joinWords(text, kept, '', span)
      : joinWords(
          text,
          window.more ? wholeWords(window.units, maxWords - 2) : window.units,
          ELLIPSIS,
          span,
        );
  if (window !== undefined && !window.more) return { ...joined, full: text, isShortened: true };
  const cut = endCut(joined.text);
  // The ellipsis may take the place of a last character a highlight ended on.
  const shown = cut.length - ELLIPSIS.length;
  const highlights = joined.highlights
    .map((mark) => ({ start: mark.start, end: Math.min(mark.end, shown) }))
    .filter((mark) => mark.end > mark.start);
  return { text: cut, highlights, full: text, isShortened: true };
}
