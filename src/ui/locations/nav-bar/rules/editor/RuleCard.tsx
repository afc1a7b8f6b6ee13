import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Select, Toggle } from '@zendeskgarden/react-forms';
import { Tag } from '@zendeskgarden/react-tags';
import { Code } from '@zendeskgarden/react-typography';
import type { Ref } from 'react';
import { useI18n } from '../../../../i18n';
import type { DraftRule } from '../draft/rule-draft';
import { issuesFor, type FieldIssue } from '../draft/validate-draft';
import { Actions, DragHandle, Muted, RuleHeader, RuleItem, RuleMeta, RuleTitle } from '../styles';
import { useRuleWording } from '../use-rule-wording';
import { RuleFields } from './RuleFields';
import { summarizeDraft } from './rule-summary';

export interface RuleCardProps {
  readonly draft: DraftRule;
  readonly position: number;
  readonly count: number;
  readonly issues: readonly FieldIssue[];
  readonly readOnly: boolean;
  readonly expanded: boolean;
  readonly onToggleExpanded: () => void;
  readonly onEdit: (patch: Partial<Omit<DraftRule, 'key' | 'idMode'>>) => void;
  readonly onMove: (by: -1 | 1) => void;
  /** Moves the rule to a 0-based position in one step: the keyboard's way to drag. */
  readonly onMoveTo: (to: number) => void;
  readonly onRemove: () => void;
  readonly moveRef: (direction: 'up' | 'down') => Ref<HTMLButtonElement>;
}

/** One rule: a scannable row (priority, on/off, name, type, problems, actions) and its form. */
export function RuleCard(props: RuleCardProps) {
  const { draft, position, count, readOnly, expanded } = props;
  const translator = useI18n();
  const { t, tp } = translator;
  const words = useRuleWording();
  const problems = issuesFor(props.issues, draft.key).length;
  const name = draft.label.trim() || t('rules.editor.untitled');
  const bodyId = `rule-body-${draft.key}`;
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } =
    useSortable({ id: draft.key, disabled: readOnly });
  return (
    <RuleItem
      ref={setNodeRef}
      $invalid={problems > 0}
      $off={!draft.enabled}
      $dragging={isDragging}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
      }}
      aria-label={t('rules.editor.ruleAt', { position, name })}
    >
      <RuleHeader>
        {!readOnly && (
          // Pointer and touch only: the position picker beside it is the keyboard's way.
          <DragHandle
            ref={setActivatorNodeRef}
            {...listeners}
            aria-hidden="true"
            title={t('rules.editor.dragHandle', { name })}
            data-testid={`drag-${draft.key}`}
          >
            ⠿
          </DragHandle>
        )}
        {readOnly ? (
          <Muted aria-hidden="true" style={{ minWidth: 20, textAlign: 'end' }}>
            {position}
          </Muted>
        ) : (
          // Handle, position and switch keep their width, so every card lines them up.
          <Field style={{ width: 76, flex: 'none' }}>
            <Field.Label hidden>{t('rules.editor.position', { name })}</Field.Label>
            <Select
              isCompact
              id={`rule-position-${draft.key}`}
              value={position}
              onChange={(event) => props.onMoveTo(Number(event.target.value) - 1)}
            >
              {Array.from({ length: count }, (_, i) => (
                <option key={i} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {readOnly ? (
          // Read-only: the state in words, as a disabled switch greys out on and off alike.
          <Tag
            size="small"
            {...(draft.enabled ? { hue: 'successHue' } : {})}
            style={{ minWidth: 36 }}
          >
            {t(draft.enabled ? 'rules.editor.on' : 'rules.editor.off')}
          </Tag>
        ) : (
          <Field style={{ flex: 'none' }}>
            <Toggle
              isCompact
              checked={draft.enabled}
              onChange={(event) => props.onEdit({ enabled: event.target.checked })}
            >
              <Field.Label hidden>{t('rules.editor.enabledFor', { name })}</Field.Label>
            </Toggle>
          </Field>
        )}
        <RuleTitle>
          <div style={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{name}</div>
          <RuleMeta>
            <Tag size="small">{words.typeName(draft.type)}</Tag>
            <Code size="small">{draft.id}</Code>
            <span>{summarizeDraft(draft, translator)}</span>
            {!draft.enabled && !readOnly && <span>{t('rules.editor.off')}</span>}
            {problems > 0 && (
              <Tag hue="dangerHue" size="small">
                {tp('rules.editor.problems', problems)}
              </Tag>
            )}
          </RuleMeta>
        </RuleTitle>
        <Actions>
          {!readOnly && (
            <>
              <Button
                size="small"
                isBasic
                ref={props.moveRef('up')}
                disabled={position === 1}
                aria-label={t('rules.editor.moveUp', { name })}
                onClick={() => props.onMove(-1)}
              >
                ↑
              </Button>
              <Button
                size="small"
                isBasic
                ref={props.moveRef('down')}
                disabled={position === count}
                aria-label={t('rules.editor.moveDown', { name })}
                onClick={() => props.onMove(1)}
              >
                ↓
              </Button>
            </>
          )}
          <Button
            size="small"
            isBasic
            aria-expanded={expanded}
            aria-controls={bodyId}
            aria-label={t(readOnly ? 'rules.editor.viewRule' : 'rules.editor.editRule', { name })}
            onClick={props.onToggleExpanded}
          >
            {t(readOnly ? 'rules.editor.view' : 'rules.editor.edit')}
          </Button>
          {!readOnly && (
            <Button
              size="small"
              isBasic
              isDanger
              aria-label={t('rules.editor.deleteRule', { name })}
              onClick={props.onRemove}
            >
              {t('rules.editor.delete')}
            </Button>
          )}
        </Actions>
      </RuleHeader>
      <div id={bodyId} hidden={!expanded}>
        {expanded && (
          <RuleFields
            draft={draft}
            issues={props.issues}
            readOnly={readOnly}
            onEdit={props.onEdit}
          />
        )}
      </div>
    </RuleItem>
  );
}
