import {
  FieldReader,
  isFiniteNumber,
  isObject,
  issue,
  type Issue,
  type IssuePath,
  type JsonObject,
} from '../shared/index.js';
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

type RuleReader = FieldReader<RoutingIssueCode>;

/** Phrases or intents: absent or empty is its own code, so the editor can say which list. */
function stringList(
  r: RuleReader,
  rule: JsonObject,
  key: 'phrases' | 'intents',
  path: IssuePath,
  emptyCode: RoutingIssueCode,
  isUsable: (item: string) => boolean,
): string[] {
  const at = [...path, key];
  if (rule[key] === undefined || rule[key] === null) {
    r.report(emptyCode, at);
    return [];
  }
  const items = r.list(rule, key, path);
  if (items === undefined) return [];
  if (items.length === 0) r.report(emptyCode, at);
  const out: string[] = [];
  items.forEach((item: unknown, index) => {
    if (typeof item !== 'string') r.report('wrong_type', [...at, index], { expected: 'string' });
    else if (!isUsable(item)) r.report('empty_phrase', [...at, index]);
    else out.push(item.trim());
  });
  return out;
}

/** A share from 0 to 1; anything else, a number or not, is out of range in the editor's words. */
function threshold(
  r: RuleReader,
  rule: JsonObject,
  key: 'minConfidence' | 'below',
  path: IssuePath,
  required: boolean,
): number | undefined {
  const value = rule[key];
  if (value === undefined) {
    if (required) r.report('required', [...path, key]);
    return undefined;
  }
  if (!isFiniteNumber(value) || value < 0 || value > 1) {
    r.report('threshold_out_of_range', [...path, key], { min: 0, max: 1 });
    return undefined;
  }
  return value;
}

/** One rule, with every issue found in it; the editor calls this per rule as the admin types. */
export function parseRule(
  value: unknown,
  path: IssuePath = [],
): { rule?: Rule; issues: RuleIssue[] } {
  if (!isObject(value)) return { issues: [issue('not_object', path)] };
  const r: RuleReader = new FieldReader<RoutingIssueCode>();
  const id = r.string(value, 'id', path, true);
  if (id !== undefined && !TAG_SAFE_ID.test(id))
    r.report('tag_unsafe_id', [...path, 'id'], { id: id.slice(0, 60) });
  const label = r.string(value, 'label', path, true);
  const enabled = r.boolean(value, 'enabled', path);
  const description = r.string(value, 'description', path);
  const type = r.string(value, 'type', path, true);
  if (type === undefined) return { issues: r.issues };
  if ((REFUSED_RULE_TYPES as readonly string[]).includes(type)) {
    r.report('refused_type', [...path, 'type'], { type });
    return { issues: r.issues };
  }
  if (!isTriggerType(type)) {
    r.report('unknown_type', [...path, 'type'], { type: type.slice(0, 40) });
    return { issues: r.issues };
  }
  const base = {
    id: id ?? '',
    label: label?.trim() ?? '',
    enabled: enabled !== false,
    ...(description === undefined || description === '' ? {} : { description }),
  };
  let rule: Rule;
  switch (type) {
    case 'keyword':
    case 'customer':
      rule = {
        ...base,
        type,
        phrases: stringList(r, value, 'phrases', path, 'empty_phrases', hasPhraseWord),
      };
      break;
    case 'intent': {
      const minConfidence = threshold(r, value, 'minConfidence', path, false);
      rule = {
        ...base,
        type,
        intents: stringList(r, value, 'intents', path, 'empty_intents', hasWord),
        ...(minConfidence === undefined ? {} : { minConfidence }),
      };
      break;
    }
    case 'confidence':
      rule = {
        ...base,
        type,
        below: threshold(r, value, 'below', path, true) ?? 0,
      };
      break;
    default: {
      const unreachable: never = type;
      throw new Error(`Unhandled rule type ${String(unreachable)}`);
    }
  }
  return r.issues.length === 0 ? { rule, issues: [] } : { issues: r.issues };
}
