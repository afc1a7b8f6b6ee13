import type { FallThroughTally } from '../../../../core/stats';
import type { ZendeskError } from '../../../../zendesk';
import type { InsightsLoad } from '../../../../zendesk/search';

/**
 * What one load of Insights brought back, before any arithmetic: the answered counts by plan
 * key and the intents read. Figures are recomputed from it against the current rules, so a
 * retry or a rule's trend merges its counts in without counting anything twice.
 */
export interface InsightsSnapshot {
  /** The `now` the counts were planned for (ISO); retries and trends reuse it. */
  readonly now: string;
  readonly counts: Readonly<Record<string, number>>;
  /** By plan key, and `intents` when paging the fallback's packages failed. */
  readonly failures: Readonly<Record<string, ZendeskError>>;
  /** Rules whose weekly series is loaded (the overall series always is). */
  readonly trendRuleIds: readonly string[];
  readonly intents: FallThroughTally;
  readonly intentSample: InsightsLoad['intentSample'];
  /** False when the context field is unknown, so no package could be read. */
  readonly intentsRead: boolean;
}

export const INTENTS_FAILURE = 'intents';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A snapshot read back from sessionStorage, or undefined when it is not one of ours. */
export function readSnapshot(value: unknown): InsightsSnapshot | undefined {
  if (!isRecord(value)) return undefined;
  const { now, counts, failures, trendRuleIds, intents, intentSample, intentsRead } = value;
  const valid =
    typeof now === 'string' &&
    Number.isFinite(Date.parse(now)) &&
    isRecord(counts) &&
    Object.values(counts).every((count) => typeof count === 'number') &&
    isRecord(failures) &&
    Array.isArray(trendRuleIds) &&
    trendRuleIds.every((id) => typeof id === 'string') &&
    isRecord(intents) &&
    Array.isArray(intents['intents']) &&
    isRecord(intentSample) &&
    typeof intentsRead === 'boolean';
  return valid ? (value as unknown as InsightsSnapshot) : undefined;
}
