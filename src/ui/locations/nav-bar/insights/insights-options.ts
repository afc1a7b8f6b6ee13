import type { RetryPolicy, Sleep } from '../../../../zendesk/search';

/** What a test may change about how Insights loads; the app uses the defaults. */
export interface InsightsOptions {
  /** Figures are counted in whole UTC days up to this moment's day. */
  readonly now: () => Date;
  readonly retry?: Partial<RetryPolicy>;
  readonly sleep?: Sleep;
}

export const DEFAULT_INSIGHTS_OPTIONS: InsightsOptions = { now: () => new Date() };
