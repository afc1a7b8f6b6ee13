import type { TriggerType } from '../contract/index.js';
import type { UtcDay } from './insight-calendar.js';
import type { FallThroughTally } from './tally-fall-through-intents.js';

/**
 * A handoff as Insights reads it: one ticket tagged `handoff`, from a search result.
 * Everything Insights shows is counted from these, in the app, after the reading.
 */
export interface HandoffRecord {
  readonly id: number;
  /** ISO-8601: when the ticket, and so the handoff, was created. */
  readonly createdAt: string;
  readonly tags: readonly string[];
  /** The context field's raw value; absent when the field is unknown or empty. */
  readonly contextField?: unknown;
}

/**
 * A count over days, or `null` when some of those days could not be read: a figure is exact or
 * it is not shown, never an undercount. Ratios over zero are `null` too. Never NaN.
 */
export type Figure = number | null;

export interface HitFigures {
  readonly days7: Figure;
  readonly days30: Figure;
  readonly days90: Figure;
}

export interface VerdictFigures {
  readonly needed: Figure;
  readonly unneeded: Figure;
  /** needed + unneeded: how many handoffs an agent judged. */
  readonly judged: Figure;
  /** needed ÷ judged, 0..1; `null` too when withheld. */
  readonly precision: Figure;
  /** True when judged is below the verdicts a precision needs to mean anything. */
  readonly precisionWithheld: boolean;
}

/** What a row of the per-rule table is: a rule of the set, one that left it, or no rule at all. */
export type RowKind = 'rule' | 'removed' | 'untagged';

export interface RuleFigures extends VerdictFigures {
  readonly kind: RowKind;
  /**
   * The rule's id; for a removed rule, the id its tag carries (tag-safe: `no_answer` for
   * `no-answer`); empty for untagged handoffs.
   */
  readonly ruleId: string;
  /** The rule's label; for a removed rule its last known label, if any revision named it. */
  readonly label?: string;
  /** The rule's type; for a removed rule the type its handoffs were tagged with, if one. */
  readonly type?: TriggerType;
  readonly enabled: boolean;
  readonly hits: HitFigures;
  /** This row's 90-day hits ÷ all handoffs in those 90 days, 0..1. */
  readonly share: Figure;
}

export interface TotalFigures extends VerdictFigures {
  readonly hits: HitFigures;
  /** judged ÷ 90-day handoffs: how much of the verdict loop agents close. */
  readonly judgedShare: Figure;
}

export interface TrendWeek {
  readonly start: UtcDay;
  /** Inclusive. */
  readonly end: UtcDay;
  readonly overall: Figure;
  /** By rule id, for every rule of the set. */
  readonly rules: Readonly<Record<string, Figure>>;
}

export interface WeeklyTrend {
  /** Oldest first, ready for a chart. */
  readonly weeks: readonly TrendWeek[];
  readonly ruleIds: readonly string[];
}

/** Handoffs by the type their tag names; `unknown` when no type tag was set. */
export type TypeSplitKey = TriggerType | 'unknown';

export interface TypeShare {
  readonly type: TypeSplitKey;
  readonly count: Figure;
  /** Of all 90-day handoffs, 0..1. */
  readonly share: Figure;
}

export interface TypeSplit {
  readonly types: readonly TypeShare[];
  readonly total: Figure;
}

/** A span of days read with one search query (and its pages). */
export interface RecordWindow {
  readonly start: UtcDay;
  /** Inclusive. */
  readonly end: UtcDay;
}

export interface InsightFigures {
  readonly asOf: string;
  readonly today: UtcDay;
  readonly windowStart: {
    readonly days7: UtcDay;
    readonly days30: UtcDay;
    readonly days90: UtcDay;
  };
  /**
   * The per-rule table: the set's rules in priority order, then rules no longer in the set, then
   * handoffs with no rule tag. Each handoff is counted in exactly one row, so the rows add up to
   * the totals.
   */
  readonly rows: readonly RuleFigures[];
  readonly totals: TotalFigures;
  readonly trend: WeeklyTrend;
  readonly types: TypeSplit;
  /** Undefined when the context field is unknown, so no package could be read. */
  readonly intents?: FallThroughTally;
  /** Windows that could not be read; every figure over their days is `null`. */
  readonly missing: readonly RecordWindow[];
  readonly partial: boolean;
}
