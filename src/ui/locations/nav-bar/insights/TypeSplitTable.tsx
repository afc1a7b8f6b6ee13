import { Table } from '@zendeskgarden/react-tables';
import styled from 'styled-components';
import type { TypeSplit } from '../../../../core/insights';
import { useI18n } from '../../../i18n';
import { FigureValue } from './FigureValue';
import { color, CONTENT_TABLE, Num, Panel, PanelNote, VisuallyHidden } from './styles';
import { useFigureFormat } from './use-figure-format';

const Bar = styled.span<{ $share: number }>`
  display: block;
  height: 6px;
  margin-top: 4px;
  border-radius: 3px;
  background: ${color('background.subtle')};

  &::after {
    content: '';
    display: block;
    height: 100%;
    width: ${(p) => Math.round(p.$share * 100)}%;
    border-radius: 3px;
    background: ${color('border.primaryEmphasis')};
  }
`;

/** Handoffs of the last 90 days by what fired them: the customer, a keyword, an intent, doubt. */
export function TypeSplitTable({ split }: { split: TypeSplit }) {
  const { t } = useI18n();
  const format = useFigureFormat();
  return (
    <Panel aria-labelledby="insights-types">
      <h3 id="insights-types">{t('insights.typeSplit.title')}</h3>
      <PanelNote>{t('insights.typeSplit.caption')}</PanelNote>
      <Table isReadOnly size="small" style={CONTENT_TABLE}>
        <Table.Caption>
          <VisuallyHidden as="span">{t('insights.typeSplit.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Head>
          <Table.HeaderRow>
            <Table.HeaderCell>{t('insights.typeSplit.type')}</Table.HeaderCell>
            <Table.HeaderCell style={{ textAlign: 'end' }}>
              {t('insights.typeSplit.count')}
            </Table.HeaderCell>
            <Table.HeaderCell style={{ textAlign: 'end' }}>
              {t('insights.typeSplit.share')}
            </Table.HeaderCell>
          </Table.HeaderRow>
        </Table.Head>
        <Table.Body>
          {split.types.map((entry) => (
            <Table.Row key={entry.type}>
              <Table.Cell>
                {t(`insights.types.${entry.type}`)}
                <Bar $share={entry.share ?? 0} aria-hidden="true" />
              </Table.Cell>
              <Table.Cell>
                <Num>
                  <FigureValue text={format.count(entry.count)} />
                </Num>
              </Table.Cell>
              <Table.Cell>
                <Num>
                  <FigureValue text={format.percent(entry.share)} />
                </Num>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Panel>
  );
}
