import type { TriggerType } from '../contract/types.js';
import type { Decision, RuleSet } from './types.js';

/**
 * The tags a bot sets beside the context package so Zendesk search can count hits without
 * reading packages: `handoff`, `handoff_rule_<id>`, `handoff_type_<type>`, and the verdict tags
 * the agent adds later. The app counts the same tags, so every side takes them from here.
 */
export const HANDOFF_TAG = 'handoff';

const NOT_TAG_SAFE = /[^a-z0-9_]/g;

/**
 * Zendesk tag values are lowercase `[a-z0-9_]`: accents are dropped, anything else becomes `_`
 * one character for one, so every tag-safe rule id (`no-answer`) has exactly one tag
 * (`no_answer`) and two ids collide only if their tags do.
 */
export function tagValue(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(NOT_TAG_SAFE, '_');
}

/** Room left for a "-2" suffix within the 40 characters a rule id may have. */
const ID_STEM_MAX = 36;

/**
 * A tag-safe rule id from a label ("Outages (EU)" becomes `outages-eu`), different by tag from
 * every id in `taken`: ids become tags and CSV keys for good, so they read as the rule's name.
 * A label with no Latin letter or digit (Japanese) gives `fallback`, numbered when taken.
 */
export function ruleIdFromLabel(label: string, taken: readonly string[], fallback: string): string {
  const stem =
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, ID_STEM_MAX)
      .replace(/^-+|-+$/g, '') || fallback;
  const takenTags = new Set(taken.map(tagValue));
  let id = stem;
  for (let n = 2; takenTags.has(tagValue(id)); n += 1) id = `${stem}-${n}`;
  return id;
}

/** The agent's verdict on a handoff; a ticket with neither tag has not been judged yet. */
export const VERDICTS = ['needed', 'unneeded'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Set by the agent's verdict in the sidebar and counted by Insights: one spelling for both. */
export const VERDICT_TAGS = {
  needed: 'handoff_needed',
  unneeded: 'handoff_unneeded',
} as const satisfies Readonly<Record<Verdict, string>>;

export function ruleTag(ruleId: string): string {
  return `handoff_rule_${tagValue(ruleId)}`;
}

export function ruleTypeTag(type: TriggerType): string {
  return `handoff_type_${type}`;
}

/** What fired: a rule match, or a context package's trigger. */
export interface TagSource {
  readonly ruleId: string;
  readonly type: TriggerType;
}

/** The tags for a handoff; none when the decision was not to hand off. */
export function tagsFor(source: Decision | TagSource): string[] {
  if ('handoff' in source) return source.handoff ? tagsFor(source.fired) : [];
  return [HANDOFF_TAG, ruleTag(source.ruleId), ruleTypeTag(source.type)];
}

export interface RuleTags {
  readonly ruleId: string;
  readonly label: string;
  readonly type: TriggerType;
  readonly enabled: boolean;
  readonly ruleTag: string;
  readonly typeTag: string;
}

/** Each rule with the tags its hits carry, in priority order: what hit statistics count by. */
export function describeRuleSet(ruleSet: RuleSet): RuleTags[] {
  return ruleSet.rules.map((rule) => ({
    ruleId: rule.id,
    label: rule.label,
    type: rule.type,
    enabled: rule.enabled,
    ruleTag: ruleTag(rule.id),
    typeTag: ruleTypeTag(rule.type),
  }));
}
