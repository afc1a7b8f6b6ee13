import {
  DEFAULT_RULES,
  parseRuleSet,
  type RoutingIssueCode,
  type RuleSet,
} from '../routing/index.js';
import { isObject, issue, type Issue } from '../shared/index.js';
import { parseHistory, type HistoryEntry } from './history.js';
import type { RevisionIssueCode } from './issue-codes.js';

export const RULES_SETTING = 'routing_rules';
export const HISTORY_SETTING = 'routing_rules_history';

/**
 * The installation's rules as last read. `text` is the setting exactly as stored: a save is
 * based on it, and any difference at save time means someone else wrote in between.
 */
export interface StoredRules {
  /** What to edit and evaluate: the stored rules, or the defaults when those are unusable. */
  readonly ruleSet: RuleSet;
  readonly text: string | undefined;
  /** The stored revision, read leniently even from an invalid document; 0 when absent. */
  readonly revision: number;
  readonly source: 'stored' | 'missing' | 'invalid';
  /** Why the stored rules or history could not be used as they are. */
  readonly problems: readonly Issue<RevisionIssueCode>[];
  /** What parseRuleSet refused in the stored rules, when source is 'invalid'. */
  readonly ruleIssues: readonly Issue<RoutingIssueCode>[];
  /** Parse warnings of the stored rules (too many enabled rules). */
  readonly warnings: readonly Issue<RoutingIssueCode>[];
  readonly history: readonly HistoryEntry[];
}

function lenientRevision(text: string): number {
  try {
    const value: unknown = JSON.parse(text);
    const revision = isObject(value) ? value['revision'] : undefined;
    return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0
      ? revision
      : 0;
  } catch {
    return 0;
  }
}

function historyProblems(history: readonly HistoryEntry[]): Issue<RevisionIssueCode>[] {
  const unreadable = history.filter((entry) => !entry.readable).length;
  return unreadable === 0
    ? []
    : [
        issue<RevisionIssueCode>('history_entry_unreadable', [HISTORY_SETTING], {
          count: unreadable,
        }),
      ];
}

/** Reads the two settings; never throws, and never leaves the editor without rules. */
export function readStoredRules(settings: Readonly<Record<string, unknown>>): StoredRules {
  const raw = settings[RULES_SETTING];
  const history = parseHistory(settings[HISTORY_SETTING]);
  const text = typeof raw === 'string' && raw.trim() !== '' ? raw : undefined;
  const base = { text, history, warnings: [], ruleIssues: [] };
  if (text === undefined) {
    return {
      ...base,
      ruleSet: DEFAULT_RULES,
      revision: 0,
      source: 'missing',
      problems: [issue('rules_missing', [RULES_SETTING]), ...historyProblems(history)],
    };
  }
  const parsed = parseRuleSet(text);
  if (!parsed.ok) {
    return {
      ...base,
      ruleSet: DEFAULT_RULES,
      revision: lenientRevision(text),
      source: 'invalid',
      ruleIssues: parsed.issues,
      problems: [
        issue('rules_invalid', [RULES_SETTING], { count: parsed.issues.length }),
        ...historyProblems(history),
      ],
    };
  }
  return {
    ...base,
    ruleSet: parsed.value,
    revision: parsed.value.revision,
    source: 'stored',
    warnings: parsed.warnings,
    problems: historyProblems(history),
  };
}
