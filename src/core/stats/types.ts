import type { TriggerType } from '../contract';
import type { RuleType } from '../routing';
import type { UtcDay } from './insight-calendar';

/**
 * Figures built from answered counts. `null` means "not known": its count is missing (the
 * figure's owner is then `partial`) or it is a ratio over zero. Never NaN.
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
  /** needed ÷ judged, 0..1. */
  readonly precision: Figure;
}

export interface RuleFigures extends VerdictFigures {
  readonly ruleId: string;
  readonly label: string;
  readonly type: RuleType;
  readonly enabled: boolean;
  readonly hits: HitFigures;
  /** This rule's 90-day hits ÷ all handoffs in those 90 days, 0..1. */
  readonly share: Figure;
  readonly partial: boolean;
}

export interface TotalFigures extends VerdictFigures {
  readonly hits: HitFigures;
  /** judged ÷ 90-day handoffs: how much of the verdict loop agents close. */
  readonly judgedShare: Figure;
  /** 90-day handoffs fired by rules no longer in the set (or by bots with other ids). */
  readonly otherRules: Figure;
  readonly partial: boolean;
}

export interface TrendWeek {
  readonly start: UtcDay;
  /** Inclusive. */
  readonly end: UtcDay;
  readonly overall: Figure;
  /** By rule id, for the rules whose trend was planned. */
  readonly rules: Readonly<Record<string, Figure>>;
}

export interface WeeklyTrend {
  /** Oldest first, ready for a chart. */
  readonly weeks: readonly TrendWeek[];
  readonly ruleIds: readonly string[];
  readonly partial: boolean;
}

export interface TypeShare {
  readonly type: TriggerType;
  readonly count: Figure;
  /** Of the four types' total, 0..1. */
  readonly share: Figure;
}

export interface TypeSplit {
  readonly types: readonly TypeShare[];
  readonly total: Figure;
  readonly partial: boolean;
}

export interface InsightFigures {
  readonly asOf: string;
  readonly today: UtcDay;
  readonly windowStart: {
    readonly days7: UtcDay;
    readonly days30: UtcDay;
    readonly days90: UtcDay;
  };
  readonly rules: readonly RuleFigures[];
  readonly totals: TotalFigures;
  readonly trend: WeeklyTrend;
  readonly types: TypeSplit;
  readonly partial: boolean;
  /** Plan keys without an answer. */
  readonly missing: readonly string[];
}

/** Answered counts by plan key. */
export type AnsweredCounts = Readonly<Record<string, number>>;
