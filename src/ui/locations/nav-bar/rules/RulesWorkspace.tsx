import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import { baseOf, type SaveBase, type StoredRules } from '../../../../core/rule-revisions';
import { RULES_SCHEMA, type Rule, type RuleSet } from '../../../../core/routing';
import { useZendesk } from '../../../app/zendesk-context';
import { useI18n } from '../../../i18n';
import { ConflictView } from './conflict/ConflictView';
import { ReadOnlyNotice, StorageProblems } from './editor/EditorNotices';
import { ImportRules } from './editor/ImportRules';
import { SaveBar } from './editor/SaveBar';
import { SaveOutcomeNotice } from './editor/SaveOutcomeNotice';
import {
  createEditorReducer,
  initialEditorState,
  visibleIssues,
  isDirty,
  type EditorState,
} from './draft/editor-reducer';
import { thresholdText } from './draft/threshold-text';
import { validateDraft } from './draft/validate-draft';
import { RulesEditor } from './RulesEditor';
import { SidePanel } from './SidePanel';
import { Columns, VisuallyHidden } from './styles';
import { useRulesSave } from './use-rules-save';

/** The Routing rules tab once the stored rules are read: editor, side panel, save and reconcile. */
export function RulesWorkspace({ initial }: { initial: StoredRules }) {
  const translator = useI18n();
  const { t } = translator;
  const { currentUser } = useZendesk();
  const readOnly = currentUser.role !== 'admin';
  const [stored, setStored] = useState(initial);
  const [base, setBase] = useState<SaveBase>(() => baseOf(initial));
  // Thresholds read "0,6" in German: the field, its hint and the rule's summary agree.
  const decimal = useCallback((value: number) => thresholdText(value, translator), [translator]);
  const reducer = useMemo(() => createEditorReducer(decimal), [decimal]);
  const [editor, dispatch] = useReducer(reducer, initial.ruleSet.rules, (rules) =>
    initialEditorState(rules, decimal),
  );
  const [announcement, setAnnouncement] = useState('');
  const [importing, setImporting] = useState(false);
  const summaryId = useId();

  const sent = useRef<EditorState['drafts']>([]);
  const adopt = useCallback((next: StoredRules, replaceDraft = true) => {
    setStored(next);
    setBase(baseOf(next));
    const rules = next.ruleSet.rules;
    dispatch(replaceDraft ? { kind: 'load', rules } : { kind: 'saved', rules, sent: sent.current });
  }, []);
  const latestRules = useRef<readonly Rule[] | undefined>(undefined);
  const currentDraft = useCallback(() => latestRules.current, []);
  const { state, save, dismiss, setMine } = useRulesSave(adopt, currentDraft);

  const validation = useMemo(
    () => validateDraft(editor.drafts, base.revision),
    [editor.drafts, base.revision],
  );
  const shownIssues = useMemo(
    () => visibleIssues(editor, validation.issues),
    [editor, validation.issues],
  );
  const hiddenProblems = validation.issues.length - shownIssues.length;
  const draftSet: RuleSet | undefined = useMemo(
    () =>
      validation.rules === undefined
        ? undefined
        : { schema: RULES_SCHEMA, revision: base.revision, rules: validation.rules },
    [validation.rules, base.revision],
  );
  useEffect(() => {
    latestRules.current = validation.rules;
  }, [validation.rules]);
  const dirty = isDirty(editor);
  const saving = state.kind === 'saving';
  const saveDraft = () => {
    if (validation.rules === undefined) {
      // A save with problems still hidden shows them all, the first one in view.
      dispatch({ kind: 'reveal' });
      return;
    }
    sent.current = editor.drafts;
    void save(validation.rules, base);
  };

  return (
    <div>
      <SaveBar
        stored={stored}
        dirty={dirty}
        canSave={dirty && (validation.rules !== undefined || hiddenProblems > 0)}
        saving={saving}
        problemCount={shownIssues.length}
        summaryId={summaryId}
        readOnly={readOnly || state.kind === 'conflict'}
        onSave={saveDraft}
        onDiscard={() => {
          dispatch({ kind: 'discard' });
          document.getElementById('rules-heading')?.focus();
        }}
        onImport={() => setImporting(true)}
      />
      <StorageProblems stored={stored} />
      {readOnly && <ReadOnlyNotice role={currentUser.role} />}
      <SaveOutcomeNotice state={state} onRetry={saveDraft} />
      {state.kind === 'conflict' ? (
        <ConflictView
          theirs={state.theirs}
          mine={state.mine}
          overwritten={state.overwritten}
          saving={saving}
          onMineChange={setMine}
          onKeepTheirs={() => {
            adopt(state.theirs);
            dismiss();
          }}
          onEditMine={() => {
            setStored(state.theirs);
            setBase(baseOf(state.theirs));
            dispatch({ kind: 'rebase', pristine: state.theirs.ruleSet.rules, rules: state.mine });
            dismiss();
          }}
          onKeepMine={() => void save(state.mine, baseOf(state.theirs), true)}
        />
      ) : (
        <Columns>
          <RulesEditor
            editor={editor}
            validation={{ ...validation, issues: shownIssues }}
            readOnly={readOnly}
            summaryId={summaryId}
            dispatch={dispatch}
            announce={setAnnouncement}
          />
          <SidePanel
            draft={draftSet}
            stored={stored}
            canRestore={!readOnly}
            restoring={saving}
            onRestore={(revision) => void save(revision.rules, base, true)}
          />
        </Columns>
      )}
      {importing && (
        <ImportRules
          onClose={() => setImporting(false)}
          onImport={(rules) => {
            dispatch({ kind: 'replace', rules });
            setImporting(false);
          }}
        />
      )}
      <VisuallyHidden aria-live="polite" role="status">
        {saving ? t('rules.status.saving') : announcement}
      </VisuallyHidden>
    </div>
  );
}
