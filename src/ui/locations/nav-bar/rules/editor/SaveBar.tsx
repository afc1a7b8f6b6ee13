import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import type { StoredRules } from '../../../../../core/rule-revisions';
import { useI18n } from '../../../../i18n';
import { Muted, Spacer, Toolbar } from '../styles';

interface Props {
  readonly stored: StoredRules;
  readonly dirty: boolean;
  readonly canSave: boolean;
  readonly saving: boolean;
  readonly problemCount: number;
  readonly summaryId: string;
  readonly readOnly: boolean;
  readonly onSave: () => void;
  readonly onDiscard: () => void;
  readonly onImport: () => void;
}

/** Which revision is stored, by whom and when; whether the draft differs; save and discard. */
export function SaveBar(props: Props) {
  const { t, tp, formatDateTime } = useI18n();
  const { ruleSet, source } = props.stored;
  const who = ruleSet.updatedBy;
  const when = ruleSet.updatedAt === undefined ? undefined : formatDateTime(ruleSet.updatedAt);
  const revision =
    source === 'stored'
      ? t(
          who !== undefined && when !== undefined
            ? 'rules.status.revisionBy'
            : 'rules.status.revision',
          { revision: ruleSet.revision, who: who ?? '', when: when ?? '' },
        )
      : t('rules.status.defaults');
  return (
    <Toolbar>
      <span>{revision}</span>
      {props.dirty && (
        <Tag hue="warningHue" size="small">
          {t('rules.status.unsaved')}
        </Tag>
      )}
      <Spacer />
      {!props.readOnly && (
        <>
          {props.problemCount > 0 && (
            <Muted>{tp('rules.status.fixToSave', props.problemCount)}</Muted>
          )}
          <Button size="small" isBasic onClick={props.onImport}>
            {t('rules.import.open')}
          </Button>
          <Button size="small" disabled={!props.dirty || props.saving} onClick={props.onDiscard}>
            {t('rules.status.discard')}
          </Button>
          <Button
            size="small"
            isPrimary
            disabled={!props.canSave || props.saving}
            aria-describedby={props.problemCount > 0 ? props.summaryId : undefined}
            onClick={props.onSave}
          >
            {t(props.saving ? 'rules.status.saving' : 'rules.status.save')}
          </Button>
        </>
      )}
    </Toolbar>
  );
}
