import { canonicalJson } from './canonical-json.js';
import { RULES_SCHEMA, serializeRuleSet, type Rule, type RuleSet } from '../routing/index.js';
import { historyEntryFromText, pushHistory, serializeHistory } from './history.js';
import { HISTORY_SETTING, RULES_SETTING, type StoredRules } from './stored-rules.js';

/** What the editor's draft was based on: the stored text as read, and its revision. */
export interface SaveBase {
  readonly text: string | undefined;
  readonly revision: number;
}

export function baseOf(stored: StoredRules): SaveBase {
  return { text: stored.text, revision: stored.revision };
}

/**
 * Someone else saved since the draft was read. The stored text, not only the revision, is
 * compared: two saves racing from the same revision both write revision+1, and only the text
 * tells them apart.
 */
export function hasConflict(base: SaveBase, stored: StoredRules): boolean {
  return base.text !== stored.text;
}

export interface SaveRequest {
  readonly rules: readonly Rule[];
  readonly author: string;
  /** ISO-8601, from the caller's clock. */
  readonly now: string;
}

export interface PlannedWrite {
  readonly ruleSet: RuleSet;
  /** Both settings in one PUT, so the rules and their history never disagree. */
  readonly settings: { readonly [RULES_SETTING]: string; readonly [HISTORY_SETTING]: string };
}

/**
 * The write that replaces `stored` with the draft: the next revision, stamped with who and when,
 * and the replaced rules on top of the history. Conflict checks happen before this.
 */
export function planWrite(stored: StoredRules, request: SaveRequest): PlannedWrite {
  const ruleSet: RuleSet = {
    schema: RULES_SCHEMA,
    revision: stored.revision + 1,
    updatedAt: request.now,
    updatedBy: request.author,
    rules: request.rules,
  };
  const previous = stored.text === undefined ? undefined : historyEntryFromText(stored.text);
  return {
    ruleSet,
    settings: {
      [RULES_SETTING]: serializeRuleSet(ruleSet),
      [HISTORY_SETTING]: serializeHistory(pushHistory(stored.history, previous)),
    },
  };
}

export type WriteFate = 'current' | 'superseded' | 'lost';

/**
 * After writing: our rules are current when the stored text is, character for character, what we
 * wrote; superseded when a later save kept them on top of its history; otherwise another save
 * that raced ours replaced them without keeping them.
 */
export function fateOfWrite(written: PlannedWrite, stored: StoredRules): WriteFate {
  const text = written.settings[RULES_SETTING];
  if (stored.text === text) return 'current';
  const ours = canonicalJson(written.ruleSet);
  const kept = stored.history.some(
    (entry) => entry.readable && canonicalJson(entry.ruleSet) === ours,
  );
  return kept ? 'superseded' : 'lost';
}
