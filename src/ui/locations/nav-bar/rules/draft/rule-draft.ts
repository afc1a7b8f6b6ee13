import type { TriggerType } from '../../../../../core/contract';
import { ruleIdFromLabel, type Rule } from '../../../../../core/routing';
import { readThreshold, type DecimalText } from './threshold-text';

/**
 * A rule as the admin is typing it: every field as text, so a half-typed threshold or an empty
 * label is representable and validation can say what is wrong with it. The fields of the other
 * types are kept, so switching a rule's type and back loses nothing.
 */
export interface DraftRule {
  /** Stable React key; never stored. */
  readonly key: string;
  readonly id: string;
  /**
   * A stored rule's id is fixed: it is the tag on its past tickets. A new rule's id follows its
   * label until the admin types one. Never stored.
   */
  readonly idMode: IdMode;
  readonly label: string;
  readonly type: TriggerType;
  readonly enabled: boolean;
  readonly description: string;
  /** One phrase per line. */
  readonly phrases: string;
  /** One intent name per line. */
  readonly intents: string;
  readonly below: string;
  readonly minConfidence: string;
}

export type IdMode = 'stored' | 'fromLabel' | 'typed';

export type DraftField = Exclude<keyof DraftRule, 'key' | 'idMode'>;

/** The fields an admin edits, as issue paths name them (`['rules', 2, 'phrases', 1]`). */
const DRAFT_FIELDS = [
  'id',
  'label',
  'type',
  'enabled',
  'description',
  'phrases',
  'intents',
  'below',
  'minConfidence',
] as const satisfies readonly DraftField[];

export const isDraftField = (name: unknown): name is DraftField =>
  (DRAFT_FIELDS as readonly unknown[]).includes(name);

/** The edit of a draft: what the admin typed, the id following the label while it may. */
export function editDraft(
  draft: DraftRule,
  patch: Partial<Omit<DraftRule, 'key' | 'idMode'>>,
  otherIds: readonly string[],
): DraftRule {
  if (patch.id !== undefined && draft.idMode !== 'stored')
    return { ...draft, ...patch, idMode: 'typed' };
  const next = {
    ...draft,
    ...patch,
    id: draft.idMode === 'stored' ? draft.id : (patch.id ?? draft.id),
  };
  if (draft.idMode !== 'fromLabel' || patch.label === undefined) return next;
  return { ...next, id: ruleIdFromLabel(patch.label, otherIds, next.type) };
}

/** The lines that hold something, with their 1-based line numbers, for issue messages. */
export function listLines(text: string): { values: string[]; lineOf: number[] } {
  const values: string[] = [];
  const lineOf: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    values.push(line);
    lineOf.push(index + 1);
  });
  return { values, lineOf };
}

/** `decimal` writes thresholds as the admin's locale does, so the field reads as they type. */
export function fromRule(
  rule: Rule,
  key: string,
  decimal: DecimalText = String,
  idMode: IdMode = 'stored',
): DraftRule {
  return {
    key,
    id: rule.id,
    idMode,
    label: rule.label,
    type: rule.type,
    enabled: rule.enabled,
    description: rule.description ?? '',
    phrases: rule.type === 'keyword' || rule.type === 'customer' ? rule.phrases.join('\n') : '',
    intents: rule.type === 'intent' ? rule.intents.join('\n') : '',
    below: rule.type === 'confidence' ? decimal(rule.below) : '',
    minConfidence:
      rule.type === 'intent' && rule.minConfidence !== undefined ? decimal(rule.minConfidence) : '',
  };
}

/** The rule as JSON for parseRule: only the fields its type uses. */
export function toRuleJson(draft: DraftRule): Record<string, unknown> {
  const base = {
    id: draft.id.trim(),
    type: draft.type,
    label: draft.label,
    enabled: draft.enabled,
    ...(draft.description.trim() === '' ? {} : { description: draft.description.trim() }),
  };
  switch (draft.type) {
    case 'keyword':
    case 'customer':
      return { ...base, phrases: listLines(draft.phrases).values };
    case 'intent': {
      const minConfidence = readThreshold(draft.minConfidence);
      return {
        ...base,
        intents: listLines(draft.intents).values,
        ...(minConfidence === undefined ? {} : { minConfidence }),
      };
    }
    case 'confidence':
      return { ...base, below: readThreshold(draft.below) };
    default: {
      const unreachable: never = draft.type;
      throw new Error(`Unhandled rule type ${String(unreachable)}`);
    }
  }
}

/** A fresh rule of a type, with an id no other rule has. */
export function newDraftRule(
  type: TriggerType,
  takenIds: readonly string[],
  key: string,
  decimal: DecimalText = String,
): DraftRule {
  return {
    key,
    id: ruleIdFromLabel('', takenIds, type),
    idMode: 'fromLabel',
    label: '',
    type,
    enabled: true,
    description: '',
    phrases: '',
    intents: '',
    below: type === 'confidence' ? decimal(0.6) : '',
    minConfidence: '',
  };
}
