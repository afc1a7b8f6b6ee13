import { Button } from '@zendeskgarden/react-buttons';
import { Table } from '@zendeskgarden/react-tables';
import { Tag } from '@zendeskgarden/react-tags';
import type { RuleDiffRow } from '../../../../../core/rule-revisions';
import { useI18n } from '../../../../i18n';
import { Muted } from '../styles';
import { RuleSummary } from './RuleSummary';

const STATUS_HUE = {
  same: undefined,
  changed: 'warningHue',
  only_theirs: 'blue',
  only_mine: 'green',
} as const;

/** One rule in both versions, and taking theirs (or dropping mine) when they differ. */
export function ConflictRow({ row, onTakeTheirs }: { row: RuleDiffRow; onTakeTheirs: () => void }) {
  const { t } = useI18n();
  const hue = STATUS_HUE[row.status];
  const drop = row.theirs === undefined;
  return (
    <Table.Row>
      <Table.Cell>
        <code>{row.id}</code>
        <div>
          <Tag size="small" {...(hue === undefined ? {} : { hue })}>
            {t(`rules.conflict.status.${row.status}`)}
          </Tag>
        </div>
      </Table.Cell>
      {[row.theirs, row.mine].map((side, index) => (
        <Table.Cell key={index}>
          {side === undefined ? (
            <Muted>{t('rules.conflict.absent')}</Muted>
          ) : (
            <RuleSummary rule={side.rule} position={side.position} />
          )}
        </Table.Cell>
      ))}
      <Table.Cell>
        {row.status !== 'same' && (
          <Button
            size="small"
            aria-label={t(drop ? 'rules.conflict.dropMine' : 'rules.conflict.useTheirs', {
              id: row.id,
            })}
            onClick={onTakeTheirs}
          >
            {t(drop ? 'rules.conflict.dropMineShort' : 'rules.conflict.useTheirsShort')}
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  );
}
