import { Table } from '@zendeskgarden/react-tables';
import { Tag } from '@zendeskgarden/react-tags';
import type { ReactNode } from 'react';
import { DEFAULT_THRESHOLDS, type Figure, type InsightFigures } from '../../../../core/insights';
import { useI18n } from '../../../i18n';
import { FigureValue } from './FigureValue';
import { PrecisionCell } from './PrecisionCell';
import { RuleNameCell, RowTitle } from './RuleNameCell';
import { CONTENT_TABLE, Num, Panel, PanelNote, TableScroll, VisuallyHidden } from './styles';
import { useFigureFormat } from './use-figure-format';

// Each figure's header is a word or "7 days": kept on one line, the rule's name takes the rest.
// Eight columns of figures share the width, so they sit closer than Garden's default padding.
const NUMBER_CELL = { paddingInline: 8 } as const;
const NUMBER_HEADER = { ...NUMBER_CELL, textAlign: 'end', whiteSpace: 'nowrap' } as const;

const NUMBER_COLUMNS = [
  'days7',
  'days30',
  'days90',
  'share',
  'needed',
  'unneeded',
  'judged',
  'precision',
] as const;

type NumberColumn = (typeof NUMBER_COLUMNS)[number];

function Count({ figure }: { figure: Figure }) {
  const format = useFigureFormat();
  return (
    <Num>
      <FigureValue text={format.count(figure)} />
    </Num>
  );
}

function Share({ figure }: { figure: Figure }) {
  const format = useFigureFormat();
  return (
    <Num>
      <FigureValue text={format.percent(figure)} />
    </Num>
  );
}

function RowCells({ cells }: { cells: Record<NumberColumn, ReactNode> }) {
  return (
    <>
      {NUMBER_COLUMNS.map((column) => (
        <Table.Cell key={column} style={NUMBER_CELL}>
          {cells[column]}
        </Table.Cell>
      ))}
    </>
  );
}

/**
 * Per rule, in priority order: hits, share, agents' verdicts and precision; then rules no longer
 * in the set and handoffs without a rule tag, so the rows add up to the total below them.
 */
export function RuleTable({ figures }: { figures: InsightFigures }) {
  const { t } = useI18n();
  const format = useFigureFormat();
  const { totals } = figures;
  const all90 = totals.hits.days90;
  return (
    <Panel aria-labelledby="insights-table">
      <h3 id="insights-table">{t('insights.table.title')}</h3>
      <PanelNote>
        {t('insights.table.notes', { minJudged: DEFAULT_THRESHOLDS.minJudged })}
      </PanelNote>
      <TableScroll>
        <Table isReadOnly size="small" style={CONTENT_TABLE}>
          <Table.Caption>
            <VisuallyHidden as="span">{t('insights.table.caption')}</VisuallyHidden>
          </Table.Caption>
          <Table.Head>
            <Table.HeaderRow>
              <Table.HeaderCell>{t('insights.table.rule')}</Table.HeaderCell>
              {NUMBER_COLUMNS.map((column) => (
                <Table.HeaderCell key={column} style={NUMBER_HEADER}>
                  {t(`insights.table.${column}`)}
                </Table.HeaderCell>
              ))}
            </Table.HeaderRow>
          </Table.Head>
          <Table.Body>
            {figures.rows.map((row) => (
              <Table.Row key={`${row.kind}:${row.ruleId}`}>
                <Table.Cell>
                  <RuleNameCell row={row} />
                </Table.Cell>
                <RowCells
                  cells={{
                    days7: <Count figure={row.hits.days7} />,
                    days30: <Count figure={row.hits.days30} />,
                    days90: <Count figure={row.hits.days90} />,
                    share: <Share figure={row.share} />,
                    needed: <Count figure={row.needed} />,
                    unneeded: <Count figure={row.unneeded} />,
                    judged: <Count figure={row.judged} />,
                    precision: <PrecisionCell row={row} />,
                  }}
                />
              </Table.Row>
            ))}
            <Table.Row style={{ fontWeight: 600 }}>
              <Table.Cell>
                <RowTitle>{t('insights.table.total')}</RowTitle>{' '}
                {figures.partial && (
                  <Tag size="small" hue="yellow">
                    {t('insights.partial.badge')}
                  </Tag>
                )}
              </Table.Cell>
              <RowCells
                cells={{
                  days7: <Count figure={totals.hits.days7} />,
                  days30: <Count figure={totals.hits.days30} />,
                  days90: <Count figure={all90} />,
                  share: (
                    <Num>
                      {all90 === null ? <FigureValue text={undefined} /> : format.percent(1)}
                    </Num>
                  ),
                  needed: <Count figure={totals.needed} />,
                  unneeded: <Count figure={totals.unneeded} />,
                  judged: <Count figure={totals.judged} />,
                  precision: <PrecisionCell row={totals} />,
                }}
              />
            </Table.Row>
          </Table.Body>
        </Table>
      </TableScroll>
      <PanelNote style={{ margin: '8px 0 0' }}>{t('insights.table.addsUp')}</PanelNote>
    </Panel>
  );
}
