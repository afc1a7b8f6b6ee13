import { parseRuleSet, tagValue, type RoutingIssueCode, type RuleSet } from '../routing/index.js';
import type { Issue } from '../shared/index.js';

/** How many earlier rule sets the installation keeps beside the current one. */
export const HISTORY_LIMIT = 10;

/**
 * One earlier revision as stored. `raw` is kept verbatim so that writing the history back
 * never drops an entry this version of the app cannot read (a newer schema, a hand edit).
 */
export type HistoryEntry =
  | { readonly readable: true; readonly ruleSet: RuleSet; readonly raw: unknown }
  | {
      readonly readable: false;
      readonly raw: unknown;
      readonly issues: readonly Issue<RoutingIssueCode>[];
    };

function readHistoryEntry(raw: unknown): HistoryEntry {
  const parsed = parseRuleSet(raw);
  return parsed.ok
    ? { readable: true, ruleSet: parsed.value, raw }
    : { readable: false, raw, issues: parsed.issues };
}

function decode(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Reads the `routing_rules_history` setting: a JSON array, newest first. Absent or blank is an
 * empty history; anything else that is not an array is kept as one unreadable entry, so a save
 * carries it forward instead of erasing it.
 */
export function parseHistory(input: unknown): HistoryEntry[] {
  if (input === undefined || input === null) return [];
  if (typeof input === 'string' && input.trim() === '') return [];
  const value = typeof input === 'string' ? decode(input) : input;
  if (!Array.isArray(value)) return [readHistoryEntry(input)];
  return value.map(readHistoryEntry);
}

/** Puts the rules being replaced on top, keeping the newest HISTORY_LIMIT entries. */
export function pushHistory(
  history: readonly HistoryEntry[],
  previous: HistoryEntry | undefined,
): HistoryEntry[] {
  const next = previous === undefined ? [...history] : [previous, ...history];
  return next.slice(0, HISTORY_LIMIT);
}

export function serializeHistory(history: readonly HistoryEntry[]): string {
  return JSON.stringify(history.map((entry) => entry.raw));
}

/** The stored `routing_rules` text as a history entry: parsed JSON when it is JSON, else the text. */
export function historyEntryFromText(text: string): HistoryEntry {
  return readHistoryEntry(decode(text));
}

/**
 * The last label each rule had in the readable history (newest first), by the tag value of its
 * id: what a rule that has left the set is called where its past handoffs are counted.
 */
export function lastKnownLabels(history: readonly HistoryEntry[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const entry of history) {
    if (!entry.readable) continue;
    for (const rule of entry.ruleSet.rules) labels[tagValue(rule.id)] ??= rule.label;
  }
  return labels;
}
