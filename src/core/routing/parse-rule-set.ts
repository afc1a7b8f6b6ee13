import { fail, isObject, issue, ok, type Issue, type Result } from '../shared/index.js';
import type { RoutingIssueCode } from './issue-codes.js';
import { parseRule } from './parse-rule.js';
import { ruleTag } from './tags.js';
import { NARROW_RULE_LIMIT, RULES_SCHEMA, type Rule, type RuleSet } from './types.js';

/** Reads handoff-rules/v1 (JSON text or object), listing every issue; never throws. */
export function parseRuleSet(input: unknown): Result<RuleSet, RoutingIssueCode> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return fail([issue('not_json', [])]);
    }
  }
  if (!isObject(value)) return fail([issue('not_object', [])]);
  const issues: Issue<RoutingIssueCode>[] = [];
  if (value['schema'] !== RULES_SCHEMA)
    issues.push(issue('wrong_schema', ['schema'], { expected: RULES_SCHEMA }));
  const revision = value['revision'] ?? 0;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) {
    issues.push(issue('invalid_revision', ['revision']));
  }
  const list = value['rules'];
  if (!Array.isArray(list)) {
    issues.push(
      issue(list === undefined ? 'required' : 'wrong_type', ['rules'], { expected: 'list' }),
    );
    return fail(issues);
  }
  const rules: Rule[] = [];
  const seenTags = new Map<string, number>();
  list.forEach((item: unknown, index) => {
    const parsed = parseRule(item, ['rules', index]);
    issues.push(...parsed.issues);
    const id = isObject(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
    if (id !== undefined) {
      const first = seenTags.get(ruleTag(id));
      if (first !== undefined)
        issues.push(issue('duplicate_id', ['rules', index, 'id'], { id, first: first + 1 }));
      else seenTags.set(ruleTag(id), index);
    }
    if (parsed.rule !== undefined) rules.push(parsed.rule);
  });
  if (issues.length > 0) return fail(issues);
  const enabled = rules.filter((rule) => rule.enabled).length;
  const warnings =
    enabled > NARROW_RULE_LIMIT
      ? [
          issue<RoutingIssueCode>('too_many_rules', ['rules'], {
            count: enabled,
            limit: NARROW_RULE_LIMIT,
          }),
        ]
      : [];
  const updatedAt = value['updatedAt'];
  const updatedBy = value['updatedBy'];
  return ok(
    {
      schema: RULES_SCHEMA,
      revision: revision as number,
      ...(typeof updatedAt === 'string' ? { updatedAt } : {}),
      ...(typeof updatedBy === 'string' ? { updatedBy } : {}),
      rules,
    },
    warnings,
  );
}

/** Stable JSON for the installation setting: the same rules always give the same text. */
export function serializeRuleSet(ruleSet: RuleSet): string {
  return JSON.stringify(ruleSet);
}
