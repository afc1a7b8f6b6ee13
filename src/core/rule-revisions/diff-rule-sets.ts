import { canonicalJson } from './canonical-json.js';
import type { Rule } from '../routing/index.js';

export type RuleDiffStatus = 'same' | 'changed' | 'only_theirs' | 'only_mine';

/** One rule id across both versions; positions are 0-based priorities in each. */
export interface RuleDiffRow {
  readonly id: string;
  readonly status: RuleDiffStatus;
  readonly theirs?: { readonly rule: Rule; readonly position: number };
  readonly mine?: { readonly rule: Rule; readonly position: number };
}

export function sameRule(a: Rule, b: Rule): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * A per-rule comparison for reconciling two versions, in "mine" order with rules only "theirs"
 * has slotted in after the rule that precedes them in theirs, so both priorities stay readable.
 */
export function diffRuleSets(theirs: readonly Rule[], mine: readonly Rule[]): RuleDiffRow[] {
  const theirsById = new Map(theirs.map((rule, position) => [rule.id, { rule, position }]));
  const mineIds = new Set(mine.map((rule) => rule.id));
  const rows: RuleDiffRow[] = mine.map((rule, position) => {
    const other = theirsById.get(rule.id);
    const own = { rule, position };
    if (other === undefined) return { id: rule.id, status: 'only_mine', mine: own };
    const status = sameRule(other.rule, rule) ? 'same' : 'changed';
    return { id: rule.id, status, theirs: other, mine: own };
  });
  theirs.forEach((rule, position) => {
    if (mineIds.has(rule.id)) return;
    const before = theirs[position - 1]?.id;
    const at = before === undefined ? -1 : rows.findIndex((row) => row.id === before);
    rows.splice(at + 1, 0, { id: rule.id, status: 'only_theirs', theirs: { rule, position } });
  });
  return rows;
}

/**
 * Takes their version of one rule into mine: replaces it in place, inserts it after the rule
 * that precedes it in theirs, or removes it from mine when theirs no longer has it.
 */
export function copyRuleAcross(theirs: readonly Rule[], mine: readonly Rule[], id: string): Rule[] {
  const position = theirs.findIndex((rule) => rule.id === id);
  const theirRule = theirs[position];
  if (theirRule === undefined) return mine.filter((rule) => rule.id !== id);
  const existing = mine.findIndex((rule) => rule.id === id);
  if (existing >= 0) return mine.map((rule, index) => (index === existing ? theirRule : rule));
  const before = theirs
    .slice(0, position)
    .map((rule) => mine.findIndex((own) => own.id === rule.id))
    .filter((index) => index >= 0);
  const at = before.length === 0 ? 0 : Math.max(...before) + 1;
  return [...mine.slice(0, at), theirRule, ...mine.slice(at)];
}
