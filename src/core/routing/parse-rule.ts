import { isFiniteNumber, isObject, issue, type Issue, type IssuePath } from '../shared/index.js';
import type { RoutingIssueCode } from './issue-codes.js';
import { compilePhrase } from './phrase.js';
import { TRIGGER_TYPES, type TriggerType } from '../contract/types.js';
import { REFUSED_RULE_TYPES, type Rule } from './types.js';

type RuleIssue = Issue<RoutingIssueCode>;

/** Ids become Zendesk tags (handoff_rule_<id>): lowercase letters, digits, _ and -. */
export const TAG_SAFE_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

function isTriggerType(value: string): value is TriggerType {
  return (TRIGGER_TYPES as readonly string[]).includes(value);
}

const hasWord = (item: string) => /[\p{L}\p{N}]/u.test(item);
// A phrase is empty when folding leaves no word in it ("*", "!!", a lone accent).
const hasPhraseWord = (item: string) => compilePhrase(item) !== undefined;

function stringList(
  value: unknown,
  path: IssuePath,
  emptyCode: RoutingIssueCode,
  issues: RuleIssue[],
  isUsable: (item: string) => boolean,
): string[] {
  if (!Array.isArray(value)) {
    issues.push(issue(value === undefined ? emptyCode : 'wrong_type', path, { expected: 'list' }));
    return [];
  }
  if (value.length === 0) issues.push(issue(emptyCode, path));
  const out: string[] = [];
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string')
      issues.push(issue('wrong_type', [...path, index], { expected: 'string' }));
    else if (!isUsable(item)) issues.push(issue('empty_phrase', [...path, index]));
    else out.push(item.trim());
  });
  return out;
}

/** Absent and blank are "required"; a value of another kind is "wrong_type". */
function missingOrWrong(value: unknown, path: IssuePath): RuleIssue {
  return value === undefined || value === null || typeof value === 'string'
    ? issue('required', path)
    : issue('wrong_type', path, { expected: 'string' });
}

function threshold(
  value: unknown,
  path: IssuePath,
  required: boolean,
  issues: RuleIssue[],
): number | undefined {
  if (value === undefined) {
    if (required) issues.push(issue('required', path));
    return undefined;
  }
  if (!isFiniteNumber(value) || value < 0 || value > 1) {
    issues.push(issue('threshold_out_of_range', path, { min: 0, max: 1 }));
    return undefined;
  }
  return value;
}

/** One rule, with every issue found in it; the editor calls this per rule as the admin types. */
export function parseRule(
  value: unknown,
  path: IssuePath = [],
): { rule?: Rule; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  if (!isObject(value)) return { issues: [issue('not_object', path)] };
  const { id, label, type, enabled, description } = value;
  if (typeof id !== 'string' || id === '') issues.push(missingOrWrong(id, [...path, 'id']));
  else if (!TAG_SAFE_ID.test(id))
    issues.push(issue('tag_unsafe_id', [...path, 'id'], { id: id.slice(0, 60) }));
  if (typeof label !== 'string' || label.trim() === '')
    issues.push(missingOrWrong(label, [...path, 'label']));
  if (enabled !== undefined && typeof enabled !== 'boolean') {
    issues.push(issue('wrong_type', [...path, 'enabled'], { expected: 'boolean' }));
  }
  if (description !== undefined && typeof description !== 'string') {
    issues.push(issue('wrong_type', [...path, 'description'], { expected: 'string' }));
  }
  if (typeof type !== 'string' || type === '')
    return { issues: [...issues, missingOrWrong(type, [...path, 'type'])] };
  if ((REFUSED_RULE_TYPES as readonly string[]).includes(type)) {
    return { issues: [...issues, issue('refused_type', [...path, 'type'], { type })] };
  }
  if (!isTriggerType(type))
    return {
      issues: [...issues, issue('unknown_type', [...path, 'type'], { type: type.slice(0, 40) })],
    };
  const base = {
    id: String(id),
    label: typeof label === 'string' ? label.trim() : '',
    enabled: enabled !== false,
    ...(typeof description === 'string' && description !== '' ? { description } : {}),
  };
  let rule: Rule;
  switch (type) {
    case 'keyword':
    case 'customer':
      rule = {
        ...base,
        type,
        phrases: stringList(
          value['phrases'],
          [...path, 'phrases'],
          'empty_phrases',
          issues,
          hasPhraseWord,
        ),
      };
      break;
    case 'intent': {
      const minConfidence = threshold(
        value['minConfidence'],
        [...path, 'minConfidence'],
        false,
        issues,
      );
      rule = {
        ...base,
        type,
        intents: stringList(
          value['intents'],
          [...path, 'intents'],
          'empty_intents',
          issues,
          hasWord,
        ),
        ...(minConfidence === undefined ? {} : { minConfidence }),
      };
      break;
    }
    case 'confidence':
      rule = {
        ...base,
        type,
        below: threshold(value['below'], [...path, 'below'], true, issues) ?? 0,
      };
      break;
    default: {
      const unreachable: never = type;
      throw new Error(`Unhandled rule type ${String(unreachable)}`);
    }
  }
  return issues.length === 0 ? { rule, issues } : { issues };
}
