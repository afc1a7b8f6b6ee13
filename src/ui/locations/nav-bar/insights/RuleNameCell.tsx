import { Tag } from '@zendeskgarden/react-tags';
import styled from 'styled-components';
import type { RuleFigures } from '../../../../core/stats';
import { useI18n } from '../../../i18n';
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

/** The rule's name, marked when it is switched off or its figures are partial, and its type. */
export function RuleNameCell({ row }: { row: RuleFigures }) {
  const { t } = useI18n();
  return (
    <>
      <RowTitle $isOff={!row.enabled}>{row.label}</RowTitle>
      {(!row.enabled || row.partial) && (
        <Tags>
          {!row.enabled && (
            <Tag size="small" hue="grey">
              {t('insights.table.off')}
            </Tag>
          )}
          {row.partial && (
            <Tag size="small" hue="yellow">
              {t('insights.partial.badge')}
            </Tag>
          )}
        </Tags>
      )}
      <br />
      <Muted>{t(`insights.types.${row.type}`)}</Muted>
    </>
  );
}
