import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { EditorAction, EditorState } from './draft/editor-reducer';
import type { DraftValidation } from './draft/validate-draft';
import { useI18n } from '../../../i18n';
import { AddRule } from './editor/AddRule';
import { DeletedNotice } from './editor/DeletedNotice';
import { NarrowSetNudge } from './editor/EditorNotices';
import { IssueSummary } from './editor/IssueSummary';
import { RuleList } from './editor/RuleList';
import { Muted } from './styles';

interface Props {
  readonly editor: EditorState;
  readonly validation: DraftValidation;
  readonly readOnly: boolean;
  readonly summaryId: string;
  readonly dispatch: Dispatch<EditorAction>;
  readonly announce: (message: string) => void;
}

/** The rules in priority order, with everything an admin does to them. */
export function RulesEditor({
  editor,
  validation,
  readOnly,
  summaryId,
  dispatch,
  announce,
}: Props) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const reveal = useRef<string>(undefined);
  const restored = useRef<string>(undefined);

  // After "show me" or "add", the rule's form is open: bring it into view and put focus in it.
  useEffect(() => {
    const key = reveal.current;
    if (key === undefined) return;
    reveal.current = undefined;
    const body = document.getElementById(`rule-body-${key}`);
    body?.scrollIntoView?.({ block: 'nearest' });
    body?.querySelector<HTMLElement>('[aria-invalid="true"], input, textarea')?.focus();
  }, [expanded, editor.drafts]);

  // Undo removes itself with its notice: focus goes to the rule it brought back.
  useEffect(() => {
    const key = restored.current;
    if (key === undefined) return;
    restored.current = undefined;
    document.querySelector<HTMLElement>(`[aria-controls="rule-body-${key}"]`)?.focus();
  }, [editor.drafts]);

  const open = (key: string) => {
    setExpanded((current) => new Set(current).add(key));
    reveal.current = key;
  };
  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  // The nudge speaks of the set bots use now, not a draft half-way through an edit.
  const enabled = editor.pristine.filter((d) => d.enabled).length;
  const deleted = editor.deleted?.draft;
  return (
    <section aria-labelledby="rules-heading">
      {/* Focus lands here after Discard, which disables itself. */}
      <h2 id="rules-heading" tabIndex={-1} style={{ margin: '0 0 2px', fontSize: 16 }}>
        {t('rules.editor.heading')}
      </h2>
      <Muted as="p" style={{ margin: '0 0 12px' }}>
        {t('rules.editor.priority')}
      </Muted>
      <NarrowSetNudge enabled={enabled} />
      {!readOnly && (
        <IssueSummary
          id={summaryId}
          issues={validation.issues}
          drafts={editor.drafts}
          onShow={open}
        />
      )}
      <RuleList
        drafts={editor.drafts}
        issues={validation.issues}
        readOnly={readOnly}
        expanded={expanded}
        onToggleExpanded={toggle}
        dispatch={dispatch}
        announce={announce}
      />
      {editor.drafts.length === 0 && <p>{t('rules.editor.empty')}</p>}
      {deleted !== undefined && (
        <DeletedNotice
          name={deleted.label.trim() || t('rules.editor.untitled')}
          onUndo={() => {
            restored.current = editor.deleted?.draft.key;
            dispatch({ kind: 'undo' });
            announce(t('rules.editor.restored', { name: deleted.label.trim() || deleted.id }));
          }}
        />
      )}
      {!readOnly && (
        <AddRule
          onAdd={(type) => {
            dispatch({ kind: 'add', type });
            open(`r${editor.nextKey}`);
          }}
        />
      )}
    </section>
  );
}
