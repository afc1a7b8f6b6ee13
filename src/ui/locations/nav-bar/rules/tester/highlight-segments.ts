export interface Span {
  readonly start: number;
  readonly end: number;
  /** The rule that fired, as opposed to one that also matched. */
  readonly fired: boolean;
}

export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'mark'; readonly text: string; readonly fired: boolean };

/**
 * Cuts a message into plain and marked runs for rendering as text. Overlapping spans merge,
 * and the merged run counts as fired when any part of it fired.
 */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) {
      merged[merged.length - 1] = {
        start: last.start,
        end: Math.max(last.end, span.end),
        fired: last.fired || span.fired,
      };
    } else merged.push(span);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ kind: 'text', text: text.slice(at, span.start) });
    segments.push({ kind: 'mark', text: text.slice(span.start, span.end), fired: span.fired });
    at = span.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
