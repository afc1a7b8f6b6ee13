import { Tag } from '@zendeskgarden/react-tags';
import styled from 'styled-components';
import type { RuleFigures } from '../../../../core/insights';
import { useI18n } from '../../../i18n';
import { rowDetail, rowName } from './row-wording';
import { Muted } from './styles';

export const RowTitle = styled.span<{ $isOff?: boolean }>`
  font-weight: 600;
  opacity: ${(p) => (p.$isOff === true ? 0.7 : 1)};
`;

const Tags = styled.span`
  display: inline-flex;
  margin-inline-start: 6px;
  gap: 4px;
  vertical-align: 1px;
`;

/** The row's name, marked when the rule is off or has left the set, and its type below. */
export function RuleNameCell({ row }: { row: RuleFigures }) {
  const { t } = useI18n();
  const isOff = row.kind === 'rule' && !row.enabled;
  return (
    <>
      <RowTitle $isOff={isOff || row.kind !== 'rule'}>{rowName(row, t)}</RowTitle>
      {(isOff || row.kind === 'removed') && (
        <Tags>
          <Tag size="small" hue="grey">
            {isOff ? t('insights.table.off') : t('insights.table.removed')}
          </Tag>
        </Tags>
      )}
      <br />
      <Muted>{rowDetail(row, t)}</Muted>
    </>
  );
}
