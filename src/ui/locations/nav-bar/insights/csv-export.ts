import {
  RULE_TABLE_COLUMNS,
  ruleTableCsv,
  type InsightFigures,
  type RuleTableColumn,
  type UtcDay,
} from '../../../../core/insights';
import type { Translator } from '../../../i18n';
import { rowName, typeName } from './row-wording';

/** The per-rule table as CSV, in the agent's language, with the page's rows and figures. */
export function insightsCsv(figures: InsightFigures, t: Translator['t']): string {
  const headers: Partial<Record<RuleTableColumn, string>> = {};
  for (const column of RULE_TABLE_COLUMNS) headers[column] = t(`insights.csv.${column}`);
  return ruleTableCsv(figures, {
    headers,
    rowName: (row) => rowName(row, t),
    typeName: (type) => typeName(type, t),
    rowKind: (kind) => t(`insights.csv.rowKind.${kind}`),
    yes: t('insights.csv.yes'),
    no: t('insights.csv.no'),
    totalName: t('insights.table.total'),
  });
}

export function csvFileName(day: UtcDay): string {
  return `handoff-brief-insights-${day}.csv`;
}

/**
 * Saves text as a file through a Blob URL and a download link. The byte-order mark tells
 * spreadsheet programs the file is UTF-8, so translated headers and rule names survive.
 */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the file only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
