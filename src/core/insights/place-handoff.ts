import { TRIGGER_TYPES } from '../contract/index.js';
import {
  ruleTag,
  ruleTypeTag,
  tagValue,
  VERDICTS,
  VERDICT_TAGS,
  type Rule,
  type Verdict,
} from '../routing/index.js';
import { utcDayOf, type UtcDay } from './insight-calendar.js';
import type { HandoffRecord, TypeSplitKey } from './types.js';

const RULE_TAG_PREFIX = 'handoff_rule_';

/** Where one handoff is counted: its day, its one row, its type, its verdict. */
export interface PlacedHandoff {
  readonly record: HandoffRecord;
  readonly day: UtcDay;
  /** A rule of the set (its id), a rule no longer in it (`removed:` + tag value), or none. */
  readonly row: string;
  readonly type: TypeSplitKey;
  readonly verdict?: Verdict;
}

export const UNTAGGED_ROW = 'untagged';
export const removedRowKey = (tagId: string) => `removed:${tagId}`;

/** The verdict the tags carry; both verdict tags at once (set by hand) count as neither. */
function verdictOf(tags: readonly string[]): Verdict | undefined {
  const found = VERDICTS.filter((verdict) => tags.includes(VERDICT_TAGS[verdict]));
  return found.length === 1 ? found[0] : undefined;
}

function typeOf(tags: readonly string[]): TypeSplitKey {
  const type = TRIGGER_TYPES.find((candidate) => tags.includes(ruleTypeTag(candidate)));
  return type ?? 'unknown';
}

/**
 * Places handoffs on the per-rule table so that each is counted once: under the first rule of the
 * set (in priority order) whose tag it carries, else under the first rule tag it carries that no
 * rule of the set has, else as untagged. Records without a readable creation time are dropped.
 */
export function placeHandoffs(
  records: readonly HandoffRecord[],
  rules: readonly Rule[],
): PlacedHandoff[] {
  const ruleByTag = new Map(rules.map((rule) => [ruleTag(rule.id), rule.id]));
  const placed: PlacedHandoff[] = [];
  for (const record of records) {
    const day = utcDayOf(record.createdAt);
    if (day === undefined) continue;
    const ruleTags = record.tags.filter((tag) => tag.startsWith(RULE_TAG_PREFIX));
    const known = rules.find((rule) => ruleTags.includes(ruleTag(rule.id)));
    const unknown = ruleTags
      .filter((tag) => !ruleByTag.has(tag))
      .map((tag) => tagValue(tag.slice(RULE_TAG_PREFIX.length)))
      .filter((id) => id !== '')
      .sort()[0];
    const row =
      known !== undefined
        ? known.id
        : unknown !== undefined
          ? removedRowKey(unknown)
          : UNTAGGED_ROW;
    const verdict = verdictOf(record.tags);
    placed.push({
      record,
      day,
      row,
      type: typeOf(record.tags),
      ...(verdict === undefined ? {} : { verdict }),
    });
  }
  return placed;
}
