import {
  DndContext,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useMemo, useRef, type Dispatch } from 'react';
import { useI18n } from '../../../../i18n';
import type { EditorAction } from '../draft/editor-reducer';
import type { DraftRule } from '../draft/rule-draft';
import type { FieldIssue } from '../draft/validate-draft';
import { RuleCard } from './RuleCard';

interface Props {
  readonly drafts: readonly DraftRule[];
  readonly issues: readonly FieldIssue[];
  readonly readOnly: boolean;
  readonly expanded: ReadonlySet<string>;
  readonly onToggleExpanded: (key: string) => void;
  readonly dispatch: Dispatch<EditorAction>;
  readonly announce: (message: string) => void;
}

type Direction = 'up' | 'down';

// A drop is announced once, by `moveTo`, in the reader's language; the library says nothing.
const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/**
 * The rules in priority order. A rule moves by dragging its handle (pointer or touch, through
 * dnd-kit), or from the keyboard with its position picker or the up and down buttons; the picker
 * is the keyboard's one-step drag, so the handle adds no tab stop. Moving keeps keyboard focus on
 * the control that moved the rule and announces the new position.
 */
export function RuleList({
  drafts,
  issues,
  readOnly,
  expanded,
  onToggleExpanded,
  dispatch,
  announce,
}: Props) {
  const { t } = useI18n();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<{ key: string; direction: Direction }>(undefined);

  useEffect(() => {
    const pending = focusAfterMove.current;
    if (pending === undefined) return;
    focusAfterMove.current = undefined;
    const preferred = buttons.current.get(`${pending.key}:${pending.direction}`);
    const other = buttons.current.get(
      `${pending.key}:${pending.direction === 'up' ? 'down' : 'up'}`,
    );
    (preferred?.disabled === false ? preferred : other)?.focus();
  }, [drafts]);

  const focusPosition = useRef<string>(undefined);
  useEffect(() => {
    const key = focusPosition.current;
    if (key === undefined) return;
    focusPosition.current = undefined;
    document.getElementById(`rule-position-${key}`)?.focus();
  }, [drafts]);

  const moveTo = (draft: DraftRule, to: number) => {
    dispatch({ kind: 'moveTo', key: draft.key, to });
    focusPosition.current = draft.key;
    const name = draft.label.trim() || t('rules.editor.untitled');
    announce(t('rules.editor.moved', { name, position: to + 1, count: drafts.length }));
  };

  const move = (draft: DraftRule, from: number, by: -1 | 1) => {
    dispatch({ kind: 'move', key: draft.key, by });
    focusAfterMove.current = { key: draft.key, direction: by < 0 ? 'up' : 'down' };
    const name = draft.label.trim() || t('rules.editor.untitled');
    announce(t('rules.editor.moved', { name, position: from + by + 1, count: drafts.length }));
  };

  // A few pixels of travel before a drag starts, so a click on the handle stays a click.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const keys = useMemo(() => drafts.map((draft) => draft.key), [drafts]);
  const dropped = ({ active, over }: DragEndEvent) => {
    const draft = drafts.find((candidate) => candidate.key === active.id);
    const to = over === null ? -1 : keys.indexOf(String(over.id));
    if (draft !== undefined && to >= 0 && over?.id !== active.id) moveTo(draft, to);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dropped}
      accessibility={{
        announcements: SILENT,
        screenReaderInstructions: { draggable: t('rules.editor.dragInstructions') },
      }}
    >
      <SortableContext items={keys} strategy={verticalListSortingStrategy} disabled={readOnly}>
        <ol style={{ padding: 0, margin: 0 }} aria-label={t('rules.editor.listLabel')}>
          {drafts.map((draft, index) => (
            <RuleCard
              key={draft.key}
              draft={draft}
              position={index + 1}
              count={drafts.length}
              issues={issues}
              readOnly={readOnly}
              expanded={expanded.has(draft.key)}
              onToggleExpanded={() => onToggleExpanded(draft.key)}
              onEdit={(patch) => dispatch({ kind: 'edit', key: draft.key, patch })}
              onMove={(by) => move(draft, index, by)}
              onMoveTo={(to) => moveTo(draft, to)}
              onRemove={() => {
                dispatch({ kind: 'remove', key: draft.key });
                announce(
                  t('rules.editor.deleted', {
                    name: draft.label.trim() || t('rules.editor.untitled'),
                  }),
                );
              }}
              moveRef={(direction) => (element) => {
                const id = `${draft.key}:${direction}`;
                if (element === null) buttons.current.delete(id);
                else buttons.current.set(id, element);
              }}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
