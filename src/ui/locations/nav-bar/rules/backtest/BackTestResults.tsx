import { Button } from '@zendeskgarden/react-buttons';
import { Table } from '@zendeskgarden/react-tables';
import type { BackTestReport } from '../../../../../core/insights';
import { useZendesk } from '../../../../app/zendesk-context';
import { useI18n } from '../../../../i18n';
import { Muted } from '../styles';
import { CONTENT_TABLE, NUMBER_CELL } from '../table-styles';

const LISTED = 50;

/** Per rule: fired then versus would fire now; then the tickets whose outcome changes. */
export function BackTestResults({ report }: { report: BackTestReport }) {
  const { t, tp, formatNumber } = useI18n();
  const { client } = useZendesk();
  const label = (ruleId: string | undefined) =>
    ruleId === undefined
      ? t('rules.backTest.none')
      : (report.rows.find((r) => r.ruleId === ruleId)?.label ?? ruleId);
  const delta = (then: number, now: number) =>
    now === then ? '—' : `${now > then ? '+' : '−'}${formatNumber(Math.abs(now - then))}`;
  return (
    <div>
      <p style={{ margin: '0 0 8px' }}>
        {tp('rules.backTest.replayed', report.replayed)}
        {report.skipped > 0 && <> {tp('rules.backTest.skipped', report.skipped)}</>}
      </p>
      <Table size="small" style={CONTENT_TABLE}>
        <Table.Caption style={{ textAlign: 'start', fontWeight: 600 }}>
          {t('rules.backTest.tableCaption')}
        </Table.Caption>
        <Table.Head>
          <Table.HeaderRow>
            <Table.HeaderCell>{t('rules.backTest.rule')}</Table.HeaderCell>
            {(['then', 'now', 'change'] as const).map((column) => (
              <Table.HeaderCell key={column} style={{ textAlign: 'end' }}>
                {t(`rules.backTest.${column}`)}
              </Table.HeaderCell>
            ))}
          </Table.HeaderRow>
        </Table.Head>
        <Table.Body>
          {report.rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.Cell>
                {row.label}
                {!row.inDraft && (
                  <Muted style={{ display: 'block' }}>{t('rules.backTest.notInDraft')}</Muted>
                )}
              </Table.Cell>
              <Table.Cell style={NUMBER_CELL}>{formatNumber(row.then)}</Table.Cell>
              <Table.Cell style={NUMBER_CELL}>{formatNumber(row.now)}</Table.Cell>
              <Table.Cell style={NUMBER_CELL}>{delta(row.then, row.now)}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.Cell>{t('rules.backTest.noHandoff')}</Table.Cell>
            <Table.Cell style={NUMBER_CELL}>{formatNumber(0)}</Table.Cell>
            <Table.Cell style={NUMBER_CELL}>{formatNumber(report.noHandoffNow)}</Table.Cell>
            <Table.Cell style={NUMBER_CELL}>{delta(0, report.noHandoffNow)}</Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
      <h3 style={{ fontSize: 14, margin: '12px 0 4px' }}>
        {tp('rules.backTest.changedTitle', report.changed.length)}
      </h3>
      {report.changed.length === 0 ? (
        <Muted>{t('rules.backTest.noChanges')}</Muted>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {report.changed.slice(0, LISTED).map((ticket) => (
            <li key={ticket.id}>
              <Button isLink onClick={() => void client.invoke('routeTo', 'ticket', ticket.id)}>
                {t('rules.backTest.ticketLink', { id: ticket.id })}
              </Button>{' '}
              {ticket.subject}{' '}
              <Muted>
                {t('rules.backTest.thenNow', { then: label(ticket.then), now: label(ticket.now) })}
              </Muted>
            </li>
          ))}
        </ul>
      )}
      {report.changed.length > LISTED && (
        <Muted>{t('rules.backTest.more', { count: report.changed.length - LISTED })}</Muted>
      )}
    </div>
  );
}
