import type { TriggerType } from '../contract/index.js';
import type { Figure, InsightFigures, RuleFigures, TotalFigures } from './types.js';

/**
 * The CSV's columns, in order (documented for readers of the file in docs/admin-guide.md). The
 * rows are the page's per-rule table: the rules of the set, rules no longer in it, handoffs with
 * no rule tag, then the totals; they add up to the totals as the page's do.
 */
export const RULE_TABLE_COLUMNS = [
  'row',
  'rule_id',
  'rule',
  'type_code',
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
  'complete',
  'period_start',
  'period_end',
  'generated_at',
] as const;
export type RuleTableColumn = (typeof RULE_TABLE_COLUMNS)[number];

/** What the caller puts into words, in the reader's language, exactly as the page words it. */
export interface RuleTableCsvWords {
  /** Column titles; a column without one is titled with its code. */
  readonly headers?: Partial<Record<RuleTableColumn, string>>;
  /** The row's name as the page shows it (a removed rule's last label and that it was removed). */
  readonly rowName: (row: RuleFigures) => string;
  readonly typeName: (type: TriggerType) => string;
  readonly rowKind: (kind: RuleFigures['kind'] | 'total') => string;
  readonly yes: string;
  readonly no: string;
  readonly totalName: string;
}

type Cell = string | number | null;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting, after neutralising a formula-looking text with a leading apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const percentCell = (figure: Figure): Cell =>
  figure === null ? null : (Math.round(figure * 1000) / 10).toFixed(1);

function figureCells(
  row: RuleFigures | TotalFigures,
  share: Figure,
  complete: boolean,
  words: RuleTableCsvWords,
) {
  return {
    hits_7d: row.hits.days7,
    hits_30d: row.hits.days30,
    hits_90d: row.hits.days90,
    share_90d_percent: percentCell(share),
    needed: row.needed,
    unneeded: row.unneeded,
    judged: row.judged,
    // Withheld below the verdicts a precision needs, as on the page.
    precision_percent: percentCell(row.precision),
    complete: complete ? words.yes : words.no,
  };
}

/**
 * The per-rule table as CSV text (CRLF line ends): the page's rows and numbers, each row naming
 * the 90 days it covers and when the figures were counted, so a file read later says its age.
 */
export function ruleTableCsv(figures: InsightFigures, words: RuleTableCsvWords): string {
  const complete = !figures.partial;
  const period = {
    period_start: figures.windowStart.days90,
    period_end: figures.today,
    generated_at: figures.asOf,
  };
  const rows: Record<RuleTableColumn, Cell>[] = figures.rows.map((row) => ({
    row: words.rowKind(row.kind),
    rule_id: row.ruleId === '' ? null : row.ruleId,
    rule: words.rowName(row),
    type_code: row.type ?? null,
    type: row.type === undefined ? null : words.typeName(row.type),
    enabled: row.kind === 'rule' ? (row.enabled ? words.yes : words.no) : null,
    ...figureCells(row, row.share, complete, words),
    ...period,
  }));
  const { totals } = figures;
  rows.push({
    row: words.rowKind('total'),
    rule_id: null,
    rule: words.totalName,
    type_code: null,
    type: null,
    enabled: null,
    ...figureCells(totals, totals.hits.days90 === null ? null : 1, complete, words),
    ...period,
  });
  const header = RULE_TABLE_COLUMNS.map((column) => csvCell(words.headers?.[column] ?? column));
  const lines = rows.map((cells) => RULE_TABLE_COLUMNS.map((column) => csvCell(cells[column])));
  return [header, ...lines].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
