import type { RuleSet } from '../../../../core/routing';
import {
  countQuery,
  insightCalendar,
  planInsightQueries,
  tallyFallThroughIntents,
  typeKey,
  typeTag,
} from '../../../../core/stats';
import {
  customFieldValue,
  loadInsights,
  runCountPlan,
  searchTickets,
  SEARCH_PAGE_SIZE,
  SEARCH_RESULT_LIMIT,
  type SearchClient,
} from '../../../../zendesk/search';
import type { InsightsOptions } from './insights-options';
import { INTENTS_FAILURE, type InsightsSnapshot } from './insights-snapshot';

export interface LoadProgress {
  readonly done: number;
  readonly total: number;
}

export interface LoadContext {
  readonly client: SearchClient;
  readonly ruleSet: RuleSet;
  /** Undefined when the context field was not found: the fallback's packages are not read. */
  readonly contextFieldId: number | undefined;
  readonly options: InsightsOptions;
  readonly signal: AbortSignal;
  readonly onProgress: (progress: LoadProgress) => void;
}

function retryOptions(context: LoadContext) {
  const { retry, sleep } = context.options;
  return {
    signal: context.signal,
    ...(retry === undefined ? {} : { retry }),
    ...(sleep === undefined ? {} : { sleep }),
  };
}

/** Every figure afresh, counted up to `now`; undefined when cancelled. */
export async function loadSnapshot(
  context: LoadContext,
  now: Date,
  trendRuleIds: readonly string[],
): Promise<InsightsSnapshot | undefined> {
  const intentsRead = context.contextFieldId !== undefined;
  const load = await loadInsights(context.client, {
    ...retryOptions(context),
    ruleSet: context.ruleSet,
    now,
    // Without the field, reading packages would only find nothing and call it a finding.
    contextFieldId: context.contextFieldId ?? 0,
    ...(intentsRead ? {} : { intentLimit: 0 }),
    trendRuleIds,
    onProgress: context.onProgress,
  });
  if (load.cancelled) return undefined;
  return {
    now: now.toISOString(),
    counts: load.counts,
    failures: load.failures,
    trendRuleIds: [...trendRuleIds],
    intents: load.intents,
    intentSample: load.intentSample,
    intentsRead,
  };
}

function without<T>(record: Readonly<Record<string, T>>, keys: readonly string[]) {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/**
 * Counts only what `snapshot` lacks for `trendRuleIds` (figures that failed, a rule's weekly
 * series not loaded yet) and re-reads the fallback's packages if that read was incomplete.
 * Everything is planned for the snapshot's own `now`, so old and new counts cover the same days.
 */
export async function completeSnapshot(
  context: LoadContext,
  snapshot: InsightsSnapshot,
  trendRuleIds: readonly string[],
): Promise<InsightsSnapshot | undefined> {
  const now = new Date(snapshot.now);
  const plan = planInsightQueries(context.ruleSet, now, { trendRuleIds }).filter(
    (entry) => !Object.hasOwn(snapshot.counts, entry.key),
  );
  const rereadIntents =
    snapshot.intentsRead && context.contextFieldId !== undefined && !snapshot.intentSample.complete;
  let pages = rereadIntents ? 1 : 0;
  const report = (done: number) => context.onProgress({ done, total: plan.length + pages });
  report(0);
  const counted = await runCountPlan(context.client, plan, {
    ...retryOptions(context),
    onProgress: (progress) => report(progress.done),
  });
  if (counted.cancelled) return undefined;
  const counts = { ...snapshot.counts, ...counted.counts };
  const answered = [...Object.keys(counted.counts), ...(rereadIntents ? [INTENTS_FAILURE] : [])];
  let failures = { ...without(snapshot.failures, answered), ...counted.failures };
  if (!rereadIntents || context.contextFieldId === undefined)
    return { ...snapshot, counts, failures, trendRuleIds: [...trendRuleIds] };

  const fallback = counts[typeKey('confidence')];
  if (fallback !== undefined)
    pages = Math.ceil(Math.min(fallback, SEARCH_RESULT_LIMIT) / SEARCH_PAGE_SIZE);
  let read = 0;
  const query = countQuery([typeTag('confidence')], insightCalendar(now).windowStart[90]);
  const sample = await searchTickets(context.client, query, {
    ...retryOptions(context),
    onProgress: () => {
      read += 1;
      pages = Math.max(pages, read);
      report(plan.length + read);
    },
  });
  if (sample.cancelled) return undefined;
  const fieldId = context.contextFieldId;
  if (sample.failure !== undefined) {
    failures = { ...failures, [INTENTS_FAILURE]: sample.failure };
    // A second read that got less far than the first tells less: keep the first.
    if (sample.tickets.length <= snapshot.intentSample.fetched)
      return { ...snapshot, counts, failures, trendRuleIds: [...trendRuleIds] };
  }
  return {
    ...snapshot,
    counts,
    failures,
    trendRuleIds: [...trendRuleIds],
    intents: tallyFallThroughIntents(
      sample.tickets.map((ticket) => customFieldValue(ticket, fieldId)),
    ),
    intentSample: {
      fetched: sample.tickets.length,
      matched: sample.count,
      complete: sample.complete,
    },
  };
}
