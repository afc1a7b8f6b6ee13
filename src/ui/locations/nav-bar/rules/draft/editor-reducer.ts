import type { TriggerType } from '../../../../../core/contract';
import type { Rule } from '../../../../../core/routing';
import { editDraft, fromRule, newDraftRule, type DraftRule } from './rule-draft';
import type { DecimalText } from './threshold-text';

export interface EditorState {
  readonly drafts: readonly DraftRule[];
  /** The rules the draft started from, as drafts, to tell whether anything changed. */
  readonly pristine: readonly DraftRule[];
  readonly nextKey: number;
  /** The last deleted rule and where it was, for Undo. */
  readonly deleted?: { readonly draft: DraftRule; readonly index: number };
  /** `key:field` of the new rules' fields the admin has typed in: their problems show. */
  readonly touched?: ReadonlySet<string>;
  /** Set by a save attempt: every problem shows, touched or not. */
  readonly revealAll?: boolean;
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
  /** A save was asked for while problems were still hidden: show them all. */
  | { readonly kind: 'reveal' }
  | {
      readonly kind: 'edit';
      readonly key: string;
      readonly patch: Partial<Omit<DraftRule, 'key' | 'idMode'>>;
    }
  | { readonly kind: 'add'; readonly type: TriggerType }
  | { readonly kind: 'remove'; readonly key: string }
  | { readonly kind: 'undo' }
  | { readonly kind: 'move'; readonly key: string; readonly by: -1 | 1 }
  /** Moves a rule to a 0-based position in one step. */
  | { readonly kind: 'moveTo'; readonly key: string; readonly to: number };

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
    case 'replace': {
      // Imported rules keep the ids they came with; those not yet stored stay editable.
      const storedIds = new Set(state.pristine.map((d) => d.id));
      return {
        ...state,
        drafts: action.rules.map((rule, index) =>
          fromRule(
            rule,
            `r${state.nextKey + index}`,
            decimal,
            storedIds.has(rule.id) ? 'stored' : 'typed',
          ),
        ),
        nextKey: state.nextKey + action.rules.length,
      };
    }
    case 'saved': {
      if (state.drafts === action.sent) return initialEditorState(action.rules, decimal);
      // A rule edited while its save was in flight is stored now: its id no longer moves.
      const savedIds = new Set(action.rules.map((rule) => rule.id));
      return {
        drafts: state.drafts.map((d) =>
          savedIds.has(d.id) && d.idMode !== 'stored' ? { ...d, idMode: 'stored' } : d,
        ),
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
      return { drafts: state.pristine, pristine: state.pristine, nextKey: state.nextKey };
    case 'reveal':
      return { ...state, revealAll: true };
    case 'edit':
      return {
        ...state,
        touched: new Set([
          ...(state.touched ?? []),
          ...Object.keys(action.patch).map((field) => `${action.key}:${field}`),
        ]),
        drafts: state.drafts.map((d) =>
          d.key === action.key
            ? editDraft(
                d,
                action.patch,
                state.drafts.filter((other) => other !== d).map((other) => other.id),
              )
            : d,
        ),
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
    case 'moveTo': {
      const moving = state.drafts.find((d) => d.key === action.key);
      if (moving === undefined || action.to < 0 || action.to >= state.drafts.length) return state;
      const drafts = state.drafts.filter((d) => d !== moving);
      drafts.splice(action.to, 0, moving);
      return { ...state, drafts };
    }
    default: {
      const unreachable: never = action;
      throw new Error(`Unhandled editor action ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The problems to show: all of a stored rule's, but a new rule's only in the fields the admin
 * has typed in, until a save attempt reveals them all, so an empty new rule is not a wall of red.
 */
export function visibleIssues<
  T extends { readonly ruleKey: string | undefined; readonly field?: string | undefined },
>(state: EditorState, issues: readonly T[]): readonly T[] {
  if (state.revealAll === true) return issues;
  const stored = new Set(state.pristine.map((d) => d.key));
  const touched = state.touched ?? new Set<string>();
  return issues.filter(
    (issue) =>
      issue.ruleKey === undefined ||
      stored.has(issue.ruleKey) ||
      touched.has(`${issue.ruleKey}:${issue.field ?? ''}`),
  );
}

/** Whether the draft differs from what it started from, field by field and in order. */
export function isDirty(state: EditorState): boolean {
  if (state.drafts.length !== state.pristine.length) return true;
  return state.drafts.some((draft, index) => {
    const before = state.pristine[index];
    if (before === undefined) return true;
    return (Object.keys(draft) as (keyof DraftRule)[]).some(
      (field) => field !== 'key' && field !== 'idMode' && draft[field] !== before[field],
    );
  });
}
