import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { Table } from '@zendeskgarden/react-tables';
import { useEffect, useMemo, useRef, useState } from 'react';
import { copyRuleAcross, diffRuleSets, type StoredRules } from '../../../../../core/rule-revisions';
import type { Rule } from '../../../../../core/routing';
import { useI18n } from '../../../../i18n';
import { Inline, Muted, Panel, VisuallyHidden } from '../styles';
import { KeepMineDialog } from './KeepMineDialog';
import { ConflictRow } from './ConflictRow';

interface Props {
  readonly theirs: StoredRules;
  readonly mine: readonly Rule[];
  readonly overwritten: boolean;
  readonly saving: boolean;
  readonly onMineChange: (mine: readonly Rule[]) => void;
  readonly onKeepTheirs: () => void;
  readonly onKeepMine: () => void;
  readonly onEditMine: () => void;
}

/**
 * Someone else saved: both versions side by side, per rule, to keep theirs, keep mine (saved on
 * top of theirs after a confirm) or take individual rules of theirs into mine.
 */
export function ConflictView(props: Props) {
  const { t, formatDateTime } = useI18n();
  const { ruleSet } = props.theirs;
  const rows = useMemo(() => diffRuleSets(ruleSet.rules, props.mine), [ruleSet.rules, props.mine]);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const who = ruleSet.updatedBy ?? t('rules.conflict.someone');
  const when = ruleSet.updatedAt === undefined ? '' : formatDateTime(ruleSet.updatedAt);
  const differences = rows.filter((row) => row.status !== 'same').length;
  return (
    <Panel style={{ marginTop: 12 }} aria-labelledby="conflict-heading">
      <h2
        id="conflict-heading"
        ref={heading}
        tabIndex={-1}
        style={{ margin: '0 0 8px', fontSize: 16 }}
      >
        {t('rules.conflict.title')}
      </h2>
      <Alert type="warning" role="alert">
        <Alert.Title>
          {t(props.overwritten ? 'rules.conflict.overwritten' : 'rules.conflict.refused', {
            who,
            when,
            revision: ruleSet.revision,
          })}
        </Alert.Title>
        {t('rules.conflict.nothingLost')}
      </Alert>
      <Inline style={{ marginTop: 12 }}>
        <Button size="small" onClick={props.onKeepTheirs}>
          {t('rules.conflict.keepTheirs')}
        </Button>
        <Button size="small" onClick={props.onEditMine}>
          {t('rules.conflict.editMine')}
        </Button>
        <Button
          size="small"
          isPrimary
          disabled={props.saving || differences === 0}
          onClick={() => setConfirming(true)}
        >
          {t('rules.conflict.keepMine', { revision: ruleSet.revision + 1 })}
        </Button>
      </Inline>
      <Table size="small" style={{ marginTop: 12 }}>
        <Table.Head>
          <Table.HeaderRow>
            <Table.HeaderCell width="14%">{t('rules.conflict.rule')}</Table.HeaderCell>
            <Table.HeaderCell>
              {t('rules.conflict.theirs', { who, revision: ruleSet.revision })}
              <Muted style={{ display: 'block', fontWeight: 400 }}>{when}</Muted>
            </Table.HeaderCell>
            <Table.HeaderCell>{t('rules.conflict.mine')}</Table.HeaderCell>
            <Table.HeaderCell width="16%">
              <VisuallyHidden>{t('rules.conflict.actions')}</VisuallyHidden>
            </Table.HeaderCell>
          </Table.HeaderRow>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <ConflictRow
              key={row.id}
              row={row}
              onTakeTheirs={() =>
                props.onMineChange(copyRuleAcross(ruleSet.rules, props.mine, row.id))
              }
            />
          ))}
        </Table.Body>
      </Table>
      {confirming && (
        <KeepMineDialog
          who={who}
          theirs={ruleSet.revision}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            props.onKeepMine();
          }}
        />
      )}
    </Panel>
  );
}
