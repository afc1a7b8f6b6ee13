import type { Translator } from '../../../../i18n';

/** Writes a threshold (0..1) as text; `String` is the locale-free form. */
export type DecimalText = (value: number) => string;

/** Typed text as a number: "0.6" and "0,6" alike. Blank is absent; anything else may be NaN. */
export function readThreshold(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
}

/**
 * A threshold as the agent's locale writes a decimal ("0,6" in German, "0.6" in Japanese), with
 * all the digits it has, so the editor's text reads back to exactly the stored value. A locale
 * with digits of its own would not read back, so it gets the stored form instead.
 */
export function thresholdText(value: number, { formatNumber }: Pick<Translator, 'formatNumber'>) {
  const text = formatNumber(value, { maximumFractionDigits: 20, useGrouping: false });
  return readThreshold(text) === value ? text : String(value);
}

/** The threshold a rule's text holds, as the summary shows it; what was typed when not a number. */
export function thresholdSummary(text: string, decimal: DecimalText): string {
  const value = readThreshold(text);
  if (value === undefined) return '…';
  return Number.isFinite(value) ? decimal(value) : text.trim();
}
