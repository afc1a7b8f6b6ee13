import type { Rule, RuleType } from '../../../../../core/routing';
import { fromRule, newDraftRule, type DraftRule } from './rule-draft';
import type { DecimalText } from './threshold-text';

export interface EditorState {
  readonly drafts: readonly DraftRule[];
  /** The rules the draft started from, as drafts, to tell whether anything changed. */
  readonly pristine: readonly DraftRule[];
  readonly nextKey: number;
  /** The last deleted rule and where it was, for Undo. */
  readonly deleted?: { readonly draft: DraftRule; readonly index: number };
}

export type EditorAction =
  | { readonly kind: 'load'; readonly rules: readonly Rule[] }
  /**
   * These rules are now stored. A draft untouched since `sent` becomes them; one edited while
   * the save was in flight is kept, its edits now unsaved changes against the stored rules.
   */
  | { readonly kind: 'saved'; readonly rules: readonly Rule[]; readonly sent: readonly DraftRule[] }
  /** Replaces the draft's rules but keeps what the draft is compared against (import, reconcile). */
  | { readonly kind: 'replace'; readonly rules: readonly Rule[] }
  /** Starts over from `pristine` with `rules` as unsaved changes on top (a reconciled draft). */
  | { readonly kind: 'rebase'; readonly pristine: readonly Rule[]; readonly rules: readonly Rule[] }
  | { readonly kind: 'discard' }
  | { readonly kind: 'edit'; readonly key: string; readonly patch: Partial<Omit<DraftRule, 'key'>> }
  | { readonly kind: 'add'; readonly type: RuleType }
  | { readonly kind: 'remove'; readonly key: string }
  | { readonly kind: 'undo' }
  | { readonly kind: 'move'; readonly key: string; readonly by: -1 | 1 };

function asDrafts(rules: readonly Rule[], from: number, decimal: DecimalText): DraftRule[] {
  return rules.map((rule, index) => fromRule(rule, `r${from + index}`, decimal));
}

export function initialEditorState(
  rules: readonly Rule[],
  decimal: DecimalText = String,
): EditorState {
  const drafts = asDrafts(rules, 0, decimal);
  return { drafts, pristine: drafts, nextKey: drafts.length };
}

/** The editor's reducer for one locale: rules become drafts with thresholds written its way. */
export function createEditorReducer(decimal: DecimalText = String) {
  return (state: EditorState, action: EditorAction): EditorState => reduce(state, action, decimal);
}

function reduce(state: EditorState, action: EditorAction, decimal: DecimalText): EditorState {
  switch (action.kind) {
    case 'load':
      return initialEditorState(action.rules, decimal);
    case 'replace':
      return {
        ...state,
        drafts: asDrafts(action.rules, state.nextKey, decimal),
        nextKey: state.nextKey + action.rules.length,
      };
    case 'saved': {
      if (state.drafts === action.sent) return initialEditorState(action.rules, decimal);
      return {
        drafts: state.drafts,
        pristine: asDrafts(action.rules, state.nextKey, decimal),
        nextKey: state.nextKey,
      };
    }
    case 'rebase': {
      const pristine = asDrafts(action.pristine, 0, decimal);
      const from = pristine.length;
      return {
        drafts: asDrafts(action.rules, from, decimal),
        pristine,
        nextKey: from + action.rules.length,
      };
    }
    case 'discard':
      return { ...state, drafts: state.pristine };
    case 'edit':
      return {
        ...state,
        drafts: state.drafts.map((d) => (d.key === action.key ? { ...d, ...action.patch } : d)),
      };
    case 'add': {
      const ids = state.drafts.map((d) => d.id);
      const draft = newDraftRule(action.type, ids, `r${state.nextKey}`, decimal);
      return { ...state, drafts: [...state.drafts, draft], nextKey: state.nextKey + 1 };
    }
    case 'remove': {
      const index = state.drafts.findIndex((d) => d.key === action.key);
      const draft = state.drafts[index];
      if (draft === undefined) return state;
      return {
        ...state,
        drafts: state.drafts.filter((d) => d !== draft),
        deleted: { draft, index },
      };
    }
    case 'undo': {
      if (state.deleted === undefined) return state;
      const { draft, index } = state.deleted;
      const drafts = [...state.drafts];
      drafts.splice(Math.min(index, drafts.length), 0, draft);
      return { drafts, pristine: state.pristine, nextKey: state.nextKey };
    }
    case 'move': {
      const from = state.drafts.findIndex((d) => d.key === action.key);
      const to = from + action.by;
      const moving = state.drafts[from];
      if (moving === undefined || to < 0 || to >= state.drafts.length) return state;
      const drafts = state.drafts.filter((d) => d !== moving);
      drafts.splice(to, 0, moving);
      return { ...state, drafts };
    }
    default: {
      const unreachable: never = action;
      throw new Error(`Unhandled editor action ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Whether the draft differs from what it started from, field by field and in order. */
export function isDirty(state: EditorState): boolean {
  if (state.drafts.length !== state.pristine.length) return true;
  return state.drafts.some((draft, index) => {
    const before = state.pristine[index];
    if (before === undefined) return true;
    return (Object.keys(draft) as (keyof DraftRule)[]).some(
      (field) => field !== 'key' && draft[field] !== before[field],
    );
  });
}
