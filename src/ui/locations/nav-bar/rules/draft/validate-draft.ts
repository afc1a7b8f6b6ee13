import {
  parseRuleSet,
  RULES_SCHEMA,
  type RoutingIssueCode,
  type Rule,
} from '../../../../../core/routing';
import type { Issue } from '../../../../../core/shared';
import { isDraftField, listLines, toRuleJson, type DraftField, type DraftRule } from './rule-draft';

/** One issue placed beside its field; `line` is set for a single phrase or intent. */
export interface FieldIssue {
  readonly issue: Issue<RoutingIssueCode>;
  readonly ruleKey: string | undefined;
  readonly field: DraftField | undefined;
  readonly line?: number;
}

export interface DraftValidation {
  /** The rules to save, when every rule is valid. */
  readonly rules: readonly Rule[] | undefined;
  readonly issues: readonly FieldIssue[];
  readonly warnings: readonly Issue<RoutingIssueCode>[];
}

/** Maps an issue path (`['rules', 2, 'phrases', 1]`) to the rule's field and the line it is on. */
function place(issue: Issue<RoutingIssueCode>, drafts: readonly DraftRule[]): FieldIssue {
  const [root, index, name, item] = issue.path;
  const draft = root === 'rules' && typeof index === 'number' ? drafts[index] : undefined;
  const field = isDraftField(name) ? name : undefined;
  if (draft === undefined || field === undefined)
    return { issue, ruleKey: draft?.key, field: undefined };
  if (typeof item === 'number' && (field === 'phrases' || field === 'intents')) {
    const line = listLines(draft[field]).lineOf[item];
    return { issue, ruleKey: draft.key, field, ...(line === undefined ? {} : { line }) };
  }
  return { issue, ruleKey: draft.key, field };
}

/** Runs the same parser the bot runs over the draft and places each issue beside its field. */
export function validateDraft(drafts: readonly DraftRule[], revision: number): DraftValidation {
  const parsed = parseRuleSet({ schema: RULES_SCHEMA, revision, rules: drafts.map(toRuleJson) });
  if (parsed.ok) return { rules: parsed.value.rules, issues: [], warnings: parsed.warnings };
  return { rules: undefined, issues: parsed.issues.map((i) => place(i, drafts)), warnings: [] };
}

export function issuesFor(
  issues: readonly FieldIssue[],
  ruleKey: string,
  field?: DraftField,
): FieldIssue[] {
  return issues.filter(
    (entry) => entry.ruleKey === ruleKey && (field === undefined || entry.field === field),
  );
}
