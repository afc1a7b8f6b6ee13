import { NARROW_RULE_LIMIT, type RuleSet } from '../routing';
import type { FallThroughTally } from './tally-fall-through-intents';
import type { InsightFigures } from './types';

/** What the figures suggest a lead do; the words live in translations/ under the UI's namespace. */
export const RECOMMENDATION_CODES = [
  'narrow_rule',
  'cover_intent',
  'consider_removing_rule',
  'start_narrow',
  'judge_more_handoffs',
] as const;
export type RecommendationCode = (typeof RECOMMENDATION_CODES)[number];

export interface Recommendation {
  readonly code: RecommendationCode;
  /** The numbers the advice rests on, for the sentence and for a reader who checks it. */
  readonly params: Readonly<Record<string, string | number>>;
}

export interface RecommendationThresholds {
  /** A precision is trusted from this many verdicts on. */
  readonly minJudged: number;
  /** Below this precision a rule sends agents too much work they call unneeded. */
  readonly lowPrecision: number;
  /** An intent "keeps falling through" from this many handoffs and this share of the fallback. */
  readonly minIntentCount: number;
  readonly minIntentShare: number;
  readonly maxIntents: number;
  /** Below this judged share (with at least minHandoffs) the verdict loop is too thin to read. */
  readonly lowJudgedShare: number;
  readonly minHandoffs: number;
}

export const DEFAULT_THRESHOLDS: RecommendationThresholds = {
  minJudged: 10,
  lowPrecision: 0.5,
  minIntentCount: 10,
  minIntentShare: 0.1,
  maxIntents: 3,
  lowJudgedShare: 0.3,
  minHandoffs: 20,
};

const percent = (value: number): number => Math.round(value * 100);

/**
 * Advice tied to its numbers. Advice never rests on a missing figure: a partial load gives
 * fewer recommendations, not wrong ones.
 */
export function recommend(
  figures: InsightFigures,
  ruleSet: RuleSet,
  intents?: FallThroughTally,
  thresholds: RecommendationThresholds = DEFAULT_THRESHOLDS,
): Recommendation[] {
  const out: Recommendation[] = [];
  const enabledRows = figures.rules.filter((row) => row.enabled);
  for (const row of [...enabledRows].sort((a, b) => (b.judged ?? 0) - (a.judged ?? 0))) {
    const { needed, unneeded, judged, precision } = row;
    if (needed === null || unneeded === null || judged === null || precision === null) continue;
    if (judged < thresholds.minJudged || precision >= thresholds.lowPrecision) continue;
    const params = { ruleId: row.ruleId, label: row.label, precisionPercent: percent(precision) };
    out.push({ code: 'narrow_rule', params: { ...params, needed, unneeded, judged } });
  }
  const covered = (intents?.intents ?? []).filter(
    (intent) =>
      intent.count >= thresholds.minIntentCount && intent.share >= thresholds.minIntentShare,
  );
  for (const intent of covered.slice(0, thresholds.maxIntents)) {
    out.push({
      code: 'cover_intent',
      params: {
        intent: intent.name,
        count: intent.count,
        sharePercent: percent(intent.share),
        considered: intents?.considered ?? 0,
      },
    });
  }
  for (const row of enabledRows) {
    if (row.hits.days90 !== 0) continue;
    out.push({
      code: 'consider_removing_rule',
      params: { ruleId: row.ruleId, label: row.label, days: 90, hits: 0 },
    });
  }
  const enabled = ruleSet.rules.filter((rule) => rule.enabled).length;
  if (enabled > NARROW_RULE_LIMIT) {
    out.push({ code: 'start_narrow', params: { enabled, limit: NARROW_RULE_LIMIT } });
  }
  const { judged, judgedShare, hits } = figures.totals;
  if (
    judged !== null &&
    judgedShare !== null &&
    hits.days90 !== null &&
    hits.days90 >= thresholds.minHandoffs &&
    judgedShare < thresholds.lowJudgedShare
  ) {
    out.push({
      code: 'judge_more_handoffs',
      params: { judged, handoffs: hits.days90, judgedPercent: percent(judgedShare) },
    });
  }
  return out;
}
