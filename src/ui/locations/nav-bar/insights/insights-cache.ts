import type { RuleSet } from '../../../../core/routing';
import { readSnapshot, type InsightsSnapshot } from './insights-snapshot';

const PREFIX = 'handoff-brief:insights:v1:';
const memory = new Map<string, InsightsSnapshot>();

/**
 * Figures belong to one installation and one revision of its rules; a saved change of the rules
 * (a new revision) starts afresh. Labels are read from the live rules, so only ids matter here.
 */
export function insightsCacheKey(installationId: number, ruleSet: RuleSet): string {
  const ids = ruleSet.rules.map((rule) => rule.id).join(',');
  return `${PREFIX}${installationId}:${ruleSet.revision}:${ids}`;
}

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked for third-party frames; the in-memory copy still serves this page.
    return undefined;
  }
}

/** The figures loaded earlier in this session, surviving a reload of the app's frame. */
export function readCachedInsights(key: string): InsightsSnapshot | undefined {
  const held = memory.get(key);
  if (held !== undefined) return held;
  try {
    const raw = session()?.getItem(key);
    const found = raw === null || raw === undefined ? undefined : readSnapshot(JSON.parse(raw));
    if (found !== undefined) memory.set(key, found);
    return found;
  } catch {
    return undefined;
  }
}

export function writeCachedInsights(key: string, snapshot: InsightsSnapshot): void {
  memory.set(key, snapshot);
  try {
    session()?.setItem(key, JSON.stringify(snapshot));
  } catch {
    // Full or blocked storage only costs a reload's worth of requests.
  }
}

/** Forgets every cached figure (tests start from nothing; the app never needs to). */
export function clearInsightsCache(): void {
  memory.clear();
  const store = session();
  if (store === undefined) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
  for (const key of keys) if (key?.startsWith(PREFIX) === true) store.removeItem(key);
}
