import type { HighlightSegment, Span } from './types.js';

function isLowSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Clamped to the text, widened so no surrogate pair is split, sorted and merged; a merged run
 * counts as firing words when any part of it fired.
 */
function normalizeSpans(text: string, spans: readonly Span[]): Span[] {
  const clean: Span[] = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    let start = Math.max(0, Math.min(text.length, Math.trunc(span.start)));
    let end = Math.max(0, Math.min(text.length, Math.trunc(span.end)));
    if (start > 0 && isLowSurrogate(text, start) && isHighSurrogate(text, start - 1)) start -= 1;
    if (end < text.length && isLowSurrogate(text, end) && isHighSurrogate(text, end - 1)) end += 1;
    if (start < end) clean.push({ start, end, alsoMatched: span.alsoMatched === true });
  }
  clean.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of clean) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) {
      merged[merged.length - 1] = {
        start: last.start,
        end: Math.max(last.end, span.end),
        alsoMatched: last.alsoMatched === true && span.alsoMatched === true,
      };
    } else merged.push(span);
  }
  return merged;
}

/**
 * Cuts a text into plain segments, each flagged highlighted or not, so the UI wraps the
 * highlighted ones in <mark> and renders every segment as text: no HTML is ever parsed.
 * Spans may overlap, be out of order or out of range; the segments always join back to `text`.
 */
export function splitHighlights(text: string, spans: readonly Span[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const span of normalizeSpans(text, spans)) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), isHighlighted: false });
    const words = text.slice(span.start, span.end);
    segments.push(
      span.alsoMatched === true
        ? { text: words, isHighlighted: true, alsoMatched: true }
        : { text: words, isHighlighted: true },
    );
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), isHighlighted: false });
  return segments;
}
