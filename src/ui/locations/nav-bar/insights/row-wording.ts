import type { RuleFigures, TypeSplitKey } from '../../../../core/insights';
import { ruleLabelFor, type Translator } from '../../../i18n';

/** A row's name as the table and the CSV both say it. */
export function rowName(row: RuleFigures, t: Translator['t']): string {
  switch (row.kind) {
    case 'rule':
      return row.label === undefined ? row.ruleId : ruleLabelFor(t, row.ruleId, row.label);
    case 'removed':
      return row.label === undefined
        ? t('insights.table.removedUnnamed', { id: row.ruleId })
        : ruleLabelFor(t, row.ruleId, row.label);
    case 'untagged':
      return t('insights.table.untagged');
    default: {
      const unreachable: never = row.kind;
      throw new Error(`Unknown row ${JSON.stringify(unreachable)}`);
    }
  }
}

/** What the line under a row's name says: its type, or why it has none. */
export function rowDetail(row: RuleFigures, t: Translator['t']): string {
  if (row.kind === 'untagged') return t('insights.table.untaggedDetail');
  const type = row.type === undefined ? t('insights.types.unknown') : typeName(row.type, t);
  return row.kind === 'removed'
    ? t('insights.table.removedDetail', { id: row.ruleId, type })
    : type;
}

export function typeName(type: TypeSplitKey, t: Translator['t']): string {
  return t(`insights.types.${type}`);
}
