import type { RequestPacer, RetryPolicy, Sleep } from '../../../../zendesk/search';

/** What a test may change about how Insights loads; the app uses the defaults. */
export interface InsightsOptions {
  /** Figures are counted in whole UTC days up to this moment's day. */
  readonly now: () => Date;
  /** When a window was read, for the freshness line (defaults to the real time). */
  readonly clock?: () => Date;
  readonly retry?: Partial<RetryPolicy>;
  readonly sleep?: Sleep;
  /** Paces the tab's requests; one per page by default (see background-pacer.ts). */
  readonly pacer?: RequestPacer;
}

export const DEFAULT_INSIGHTS_OPTIONS: InsightsOptions = { now: () => new Date() };
