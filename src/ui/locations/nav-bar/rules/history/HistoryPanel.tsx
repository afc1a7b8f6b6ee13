import { Button } from '@zendeskgarden/react-buttons';
import { Table } from '@zendeskgarden/react-tables';
import { useState } from 'react';
import type { StoredRules } from '../../../../../core/rule-revisions';
import type { RuleSet } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import { Muted, VisuallyHidden } from '../styles';
import { CONTENT_TABLE, NUMBER_CELL } from '../table-styles';
import { RevisionView } from './RevisionView';

interface Props {
  readonly stored: StoredRules;
  readonly canRestore: boolean;
  readonly restoring: boolean;
  readonly onRestore: (ruleSet: RuleSet) => void;
}

/** The stored revision and the last ten before it: who saved each, when, and how many rules. */
export function HistoryPanel({ stored, canRestore, restoring, onRestore }: Props) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const [viewing, setViewing] = useState<number>();
  const current = stored.source === 'stored' ? [stored.ruleSet] : [];
  const entries = [
    ...current.map((ruleSet) => ({ ruleSet, current: true })),
    ...stored.history.map((entry) => ({
      ruleSet: entry.readable ? entry.ruleSet : undefined,
      current: false,
    })),
  ];
  if (entries.length === 0) return <p>{t('rules.history.empty')}</p>;
  const shown = viewing === undefined ? undefined : entries[viewing];
  return (
    <div>
      <Table size="small" style={CONTENT_TABLE}>
        <Table.Head>
          <Table.HeaderRow>
            <Table.HeaderCell>{t('rules.history.revision')}</Table.HeaderCell>
            <Table.HeaderCell>{t('rules.history.savedBy')}</Table.HeaderCell>
            <Table.HeaderCell style={{ textAlign: 'end' }}>
              {t('rules.history.rules')}
            </Table.HeaderCell>
            <Table.HeaderCell>
              <VisuallyHidden>{t('rules.history.actions')}</VisuallyHidden>
            </Table.HeaderCell>
          </Table.HeaderRow>
        </Table.Head>
        <Table.Body>
          {entries.map(({ ruleSet, current }, index) => (
            <Table.Row key={index}>
              <Table.Cell>
                {ruleSet === undefined ? '—' : ruleSet.revision}
                {current && (
                  <Muted style={{ display: 'block' }}>{t('rules.history.current')}</Muted>
                )}
              </Table.Cell>
              <Table.Cell>
                {ruleSet === undefined ? (
                  <Muted>{t('rules.history.unreadable')}</Muted>
                ) : (
                  <>
                    {ruleSet.updatedBy ?? t('rules.history.unknownAuthor')}
                    {ruleSet.updatedAt !== undefined && (
                      <Muted style={{ display: 'block' }}>
                        {formatDateTime(ruleSet.updatedAt)}
                      </Muted>
                    )}
                  </>
                )}
              </Table.Cell>
              <Table.Cell style={NUMBER_CELL}>
                {ruleSet === undefined ? '' : formatNumber(ruleSet.rules.length)}
              </Table.Cell>
              <Table.Cell>
                {ruleSet !== undefined && (
                  <Button
                    size="small"
                    isBasic
                    aria-pressed={viewing === index}
                    aria-label={t('rules.history.viewRevision', { revision: ruleSet.revision })}
                    onClick={() => setViewing(viewing === index ? undefined : index)}
                  >
                    {t('rules.history.view')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {shown?.ruleSet !== undefined && (
        <RevisionView
          ruleSet={shown.ruleSet}
          current={shown.current}
          canRestore={canRestore}
          restoring={restoring}
          onRestore={onRestore}
        />
      )}
    </div>
  );
}
