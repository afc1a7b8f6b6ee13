import {
  computeInsights,
  countQuery,
  insightCalendar,
  planInsightQueries,
  recommend,
  tallyFallThroughIntents,
  typeKey,
  typeTag,
  type FallThroughTally,
  type InsightFigures,
  type Recommendation,
} from '../../core/stats';
import type { RuleSet } from '../../core/routing';
import type { ZendeskError } from '../zendesk-error';
import { runCountPlan, type RunCountPlanOptions } from './run-count-plan';
import { customFieldValue } from './read-search-ticket';
import {
  SEARCH_PAGE_SIZE,
  SEARCH_RESULT_LIMIT,
  searchTickets,
  type SearchTicketsOutcome,
} from './search-tickets';
import type { SearchClient } from './search-types';

export interface LoadInsightsOptions extends Omit<RunCountPlanOptions, 'onProgress'> {
  readonly ruleSet: RuleSet;
  readonly now: Date;
  /** The context package's custom field, as the installation resolved it. */
  readonly contextFieldId: number;
  readonly trendRuleIds?: readonly string[];
  /** The newest confidence-fallback handoffs read for intents (default and ceiling 1,000). */
  readonly intentLimit?: number;
  /** `total` grows once, when the fallback's count tells how many pages its intents take. */
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

export interface InsightsLoad {
  readonly figures: InsightFigures;
  /** The answered counts by plan key, so a page can merge later counts (a retry, a rule's trend). */
  readonly counts: Readonly<Record<string, number>>;
  readonly intents: FallThroughTally;
  readonly intentSample: {
    readonly fetched: number;
    readonly matched: number | null;
    readonly complete: boolean;
  };
  readonly recommendations: readonly Recommendation[];
  /** By plan key; the intents' paging failure under `intents`. */
  readonly failures: Readonly<Record<string, ZendeskError>>;
  readonly partial: boolean;
  readonly cancelled: boolean;
  readonly requests: number;
}

/**
 * Every Insights figure for a rule set: the count plan, then the newest confidence-fallback
 * handoffs' packages for the intents, then the recommendations. Resolves with partial figures
 * (marked partial) when some requests fail for good; never rejects on a Zendesk failure.
 */
export async function loadInsights(
  client: SearchClient,
  options: LoadInsightsOptions,
): Promise<InsightsLoad> {
  const { ruleSet, now, signal } = options;
  const planOptions =
    options.trendRuleIds === undefined ? {} : { trendRuleIds: options.trendRuleIds };
  const plan = planInsightQueries(ruleSet, now, planOptions);
  const limit = Math.min(options.intentLimit ?? SEARCH_RESULT_LIMIT, SEARCH_RESULT_LIMIT);
  let pages = 1;
  const report = (done: number) => options.onProgress?.({ done, total: plan.length + pages });
  const counted = await runCountPlan(client, plan, {
    ...options,
    onProgress: (p) => report(p.done),
  });
  const fallbackCount = counted.counts[typeKey('confidence')];
  if (fallbackCount !== undefined)
    pages = Math.ceil(Math.min(fallbackCount, limit) / SEARCH_PAGE_SIZE);
  const intentQuery = countQuery([typeTag('confidence')], insightCalendar(now).windowStart[90]);
  let pagesRead = 0;
  const sample: SearchTicketsOutcome | undefined =
    counted.cancelled || pages === 0
      ? undefined
      : await searchTickets(client, intentQuery, {
          ...options,
          limit,
          onProgress: () => {
            pagesRead += 1;
            pages = Math.max(pages, pagesRead);
            report(plan.length + pagesRead);
          },
        });
  // The fallback never fired: nothing to page, and the estimate of one page was one too many.
  if (pages === 0 && !counted.cancelled) report(plan.length);
  const packages = (sample?.tickets ?? []).map((ticket) =>
    customFieldValue(ticket, options.contextFieldId),
  );
  const intents = tallyFallThroughIntents(packages);
  const figures = computeInsights(ruleSet, counted.counts, now, planOptions);
  const failures =
    sample?.failure === undefined
      ? counted.failures
      : { ...counted.failures, intents: sample.failure };
  return {
    figures,
    counts: counted.counts,
    intents,
    intentSample: {
      fetched: sample?.tickets.length ?? 0,
      // No sample because the fallback never fired is a complete one.
      matched: sample?.count ?? (pages === 0 ? 0 : null),
      complete: sample?.complete ?? (pages === 0 && !counted.cancelled),
    },
    recommendations: recommend(figures, ruleSet, intents),
    failures,
    partial: figures.partial || !(sample?.complete ?? pages === 0),
    cancelled: counted.cancelled || sample?.cancelled === true || signal?.aborted === true,
    requests: counted.requests + (sample?.requests ?? 0),
  };
}
