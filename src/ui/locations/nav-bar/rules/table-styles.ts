/**
 * Garden lays tables out fixed, with widths guessed for English; these take their columns' widths
 * from what is in them in the agent's language (a long header wraps between words).
 */
export const CONTENT_TABLE = { tableLayout: 'auto' } as const;

/** A count in a table: at the line's end (the left in right-to-left), digit under digit, unbroken. */
export const NUMBER_CELL = {
  textAlign: 'end',
  fontVariantNumeric: 'tabular-nums',
  whiteSpace: 'nowrap',
} as const;
