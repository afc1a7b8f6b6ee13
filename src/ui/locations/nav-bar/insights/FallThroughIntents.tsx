import { Table } from '@zendeskgarden/react-tables';
import { useI18n } from '../../../i18n';
import type { InsightFigures } from '../../../../core/insights';
import { intentName } from '../../../../core/shared';
import { CONTENT_TABLE, Muted, Num, Panel, PanelNote, TableScroll, VisuallyHidden } from './styles';
import { useFigureFormat } from './use-figure-format';

const SHOWN_INTENTS = 10;
const INTENT_COLUMNS = ['count', 'share', 'confidence', 'lastSeen'] as const;

/**
 * The intents the bot guessed when its confidence fallback handed off, most frequent first:
 * where an intent rule or a help article would keep people out of the loop.
 */
export function FallThroughIntents({ figures }: { figures: InsightFigures }) {
  const { t, tp, formatNumber, formatDateTime } = useI18n();
  const format = useFigureFormat();
  const { intents } = figures;
  if (intents === undefined) {
    return (
      <Panel aria-labelledby="insights-intents">
        <h3 id="insights-intents">{t('insights.intents.title')}</h3>
        <p>{t('insights.fieldMissing')}</p>
      </Panel>
    );
  }
  const shown = intents.intents.slice(0, SHOWN_INTENTS);
  const notes = [
    intents.withoutIntent > 0 ? tp('insights.intents.noIntent', intents.withoutIntent) : '',
    intents.unreadable > 0 ? tp('insights.intents.unreadable', intents.unreadable) : '',
    intents.intents.length > SHOWN_INTENTS
      ? t('insights.intents.top', {
          shown: formatNumber(SHOWN_INTENTS),
          total: formatNumber(intents.intents.length),
        })
      : '',
  ].filter((note) => note !== '');
  return (
    <Panel aria-labelledby="insights-intents">
      <h3 id="insights-intents">{t('insights.intents.title')}</h3>
      {intents.read === 0 ? (
        <p>{t(figures.partial ? 'insights.intents.nonePartial' : 'insights.intents.none')}</p>
      ) : (
        <>
          <PanelNote>
            {tp('insights.intents.subtitleAll', intents.read)}
            {figures.partial && ` ${t('insights.intents.partial')}`}
          </PanelNote>
          <TableScroll>
            <Table isReadOnly size="small" style={CONTENT_TABLE}>
              <Table.Caption>
                <VisuallyHidden as="span">{t('insights.intents.caption')}</VisuallyHidden>
              </Table.Caption>
              <Table.Head>
                <Table.HeaderRow>
                  <Table.HeaderCell>{t('insights.intents.intent')}</Table.HeaderCell>
                  {INTENT_COLUMNS.map((column) => (
                    <Table.HeaderCell key={column} style={{ textAlign: 'end' }}>
                      {t(`insights.intents.${column}`)}
                    </Table.HeaderCell>
                  ))}
                </Table.HeaderRow>
              </Table.Head>
              <Table.Body>
                {shown.map((intent) => (
                  <Table.Row key={intent.name}>
                    <Table.Cell>
                      {intentName(intent.name)}
                      <br />
                      <Muted as="code">{intent.name}</Muted>
                    </Table.Cell>
                    <Table.Cell>
                      <Num>{formatNumber(intent.count)}</Num>
                    </Table.Cell>
                    <Table.Cell>
                      <Num>{format.percent(intent.share)}</Num>
                    </Table.Cell>
                    <Table.Cell>
                      <Num>{format.percent(intent.averageConfidence) ?? ''}</Num>
                    </Table.Cell>
                    <Table.Cell>
                      <Num>{formatDateTime(intent.lastSeen, { timeStyle: undefined })}</Num>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          {notes.length > 0 && (
            <PanelNote style={{ margin: '8px 0 0' }}>{notes.join(' ')}</PanelNote>
          )}
        </>
      )}
    </Panel>
  );
}
