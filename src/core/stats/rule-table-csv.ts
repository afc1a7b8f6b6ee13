import type { Figure, InsightFigures, RuleFigures, TotalFigures } from './types';

export const RULE_TABLE_COLUMNS = [
  'rule_id',
  'label',
  'type',
  'enabled',
  'hits_7d',
  'hits_30d',
  'hits_90d',
  'share_90d_percent',
  'needed',
  'unneeded',
  'judged',
  'precision_percent',
  'partial',
] as const;
export type RuleTableColumn = (typeof RULE_TABLE_COLUMNS)[number];

export interface RuleTableCsvOptions {
  /** Translated column titles; a column without one is titled with its code. */
  readonly headers?: Partial<Record<RuleTableColumn, string>>;
  /** When given, a last row with the totals of every handoff, labelled with this text. */
  readonly totalLabel?: string;
}

type Cell = string | number | boolean | null;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting, after neutralising a formula-looking text with a leading apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const count = (figure: Figure): Cell => figure;
const percentCell = (figure: Figure): Cell =>
  figure === null ? null : (Math.round(figure * 1000) / 10).toFixed(1);

function ruleCells(row: RuleFigures): Record<RuleTableColumn, Cell> {
  return {
    rule_id: row.ruleId,
    label: row.label,
    type: row.type,
    enabled: row.enabled,
    hits_7d: count(row.hits.days7),
    hits_30d: count(row.hits.days30),
    hits_90d: count(row.hits.days90),
    share_90d_percent: percentCell(row.share),
    needed: count(row.needed),
    unneeded: count(row.unneeded),
    judged: count(row.judged),
    precision_percent: percentCell(row.precision),
    partial: row.partial,
  };
}

function totalCells(totals: TotalFigures, label: string): Record<RuleTableColumn, Cell> {
  return {
    rule_id: null,
    label,
    type: null,
    enabled: null,
    hits_7d: count(totals.hits.days7),
    hits_30d: count(totals.hits.days30),
    hits_90d: count(totals.hits.days90),
    share_90d_percent: totals.hits.days90 === null ? null : '100.0',
    needed: count(totals.needed),
    unneeded: count(totals.unneeded),
    judged: count(totals.judged),
    precision_percent: percentCell(totals.precision),
    partial: totals.partial,
  };
}

/** The per-rule table as CSV text (CRLF line ends), the numbers exactly as the page shows them. */
export function ruleTableCsv(figures: InsightFigures, options: RuleTableCsvOptions = {}): string {
  const header = RULE_TABLE_COLUMNS.map((column) => csvCell(options.headers?.[column] ?? column));
  const rows = figures.rules.map(ruleCells);
  if (options.totalLabel !== undefined) rows.push(totalCells(figures.totals, options.totalLabel));
  const lines = rows.map((cells) => RULE_TABLE_COLUMNS.map((column) => csvCell(cells[column])));
  return [header, ...lines].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
