import { parseContextPackage } from '../contract/index.js';
import { NARROW_RULE_LIMIT, type Rule, type RuleSet } from '../routing/index.js';
import { placeHandoffs, type PlacedHandoff } from './place-handoff.js';
import type { HandoffRecord, InsightFigures, RuleFigures } from './types.js';

/** What the figures suggest a lead do; the words live in translations/ under the UI's namespace. */
export const RECOMMENDATION_CODES = [
  'lower_threshold',
  'narrow_phrase',
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
  /** A change is advised only when it avoids at least this many unneeded handoffs. */
  readonly minAvoided: number;
}

export const DEFAULT_THRESHOLDS: RecommendationThresholds = {
  minJudged: 10,
  lowPrecision: 0.5,
  minIntentCount: 10,
  minIntentShare: 0.1,
  maxIntents: 3,
  lowJudgedShare: 0.3,
  minHandoffs: 20,
  minAvoided: 5,
};

/** Thresholds a lead is offered: tenths and twentieths, below the rule's own. */
const THRESHOLD_STEP = 0.05;

const percent = (value: number): number => Math.round(value * 100);

/** What the context package says fired the handoff: the words, or the bot's confidence. */
interface Evidence {
  readonly verdict: 'needed' | 'unneeded';
  readonly matched?: string;
  readonly confidence?: number;
}

function evidenceOf(items: readonly PlacedHandoff[]): Evidence[] {
  const out: Evidence[] = [];
  for (const item of items) {
    if (item.verdict === undefined) continue;
    const parsed = parseContextPackage(item.record.contextField);
    const trigger = parsed.ok ? parsed.value.trigger : undefined;
    out.push({
      verdict: item.verdict,
      ...(trigger?.matched === undefined ? {} : { matched: trigger.matched.toLowerCase() }),
      ...(trigger?.confidence === undefined ? {} : { confidence: trigger.confidence }),
    });
  }
  return out;
}

/**
 * For a confidence rule that hands off below `below`: the lower threshold that avoids the most
 * unneeded handoffs for the fewest needed ones (a needed one lost counts double), if one avoids
 * enough to be worth it.
 */
function lowerThreshold(
  rule: Rule & { type: 'confidence' },
  evidence: readonly Evidence[],
  t: RecommendationThresholds,
) {
  const scored = evidence.filter((e) => e.confidence !== undefined && e.confidence < rule.below);
  let best: { threshold: number; avoided: number; lost: number } | undefined;
  for (let step = 1; rule.below - step * THRESHOLD_STEP > 0; step += 1) {
    const threshold = Math.round((rule.below - step * THRESHOLD_STEP) * 100) / 100;
    const above = scored.filter((e) => (e.confidence ?? 0) >= threshold);
    const avoided = above.filter((e) => e.verdict === 'unneeded').length;
    const lost = above.length - avoided;
    const better = best === undefined || avoided - 2 * lost > best.avoided - 2 * best.lost;
    if (avoided >= t.minAvoided && avoided >= 3 * lost && better)
      best = { threshold, avoided, lost };
  }
  return best;
}

/** For a phrase rule: the phrase behind most of its unneeded handoffs, if it is most of them. */
function noisiestPhrase(evidence: readonly Evidence[], t: RecommendationThresholds) {
  const byPhrase = new Map<string, { unneeded: number; needed: number }>();
  for (const e of evidence) {
    if (e.matched === undefined) continue;
    const tally = byPhrase.get(e.matched) ?? { unneeded: 0, needed: 0 };
    tally[e.verdict] += 1;
    byPhrase.set(e.matched, tally);
  }
  const ranked = [...byPhrase.entries()].sort(
    (a, b) => b[1].unneeded - a[1].unneeded || (a[0] < b[0] ? -1 : 1),
  );
  const top = ranked[0];
  if (top === undefined || top[1].unneeded < t.minAvoided || top[1].unneeded < 2 * top[1].needed)
    return undefined;
  return { phrase: top[0], ...top[1] };
}

function ruleAdvice(
  row: RuleFigures,
  rule: Rule,
  items: readonly PlacedHandoff[],
  t: RecommendationThresholds,
): Recommendation | undefined {
  const { needed, unneeded, judged, precision } = row;
  if (needed === null || unneeded === null || judged === null || precision === null)
    return undefined;
  if (judged < t.minJudged || precision >= t.lowPrecision) return undefined;
  const base = {
    ruleId: rule.id,
    label: rule.label,
    needed,
    unneeded,
    judged,
    precisionPercent: percent(precision),
  };
  const evidence = evidenceOf(items);
  if (rule.type === 'confidence') {
    const target = lowerThreshold(rule, evidence, t);
    if (target !== undefined) {
      return {
        code: 'lower_threshold',
        params: {
          ...base,
          below: rule.below,
          target: target.threshold,
          avoided: target.avoided,
          lost: target.lost,
        },
      };
    }
  } else if (rule.type === 'keyword' || rule.type === 'customer') {
    const noisy = noisiestPhrase(evidence, t);
    if (noisy !== undefined) {
      return {
        code: 'narrow_phrase',
        params: {
          ...base,
          phrase: noisy.phrase,
          phraseUnneeded: noisy.unneeded,
          phraseNeeded: noisy.needed,
        },
      };
    }
  }
  return { code: 'narrow_rule', params: base };
}

/**
 * Advice tied to its numbers, each with a concrete change where the handoffs show one: a
 * threshold, a phrase. Advice never rests on a figure that could not be counted: a partial load
 * gives fewer recommendations, not wrong ones.
 */
export function recommend(
  figures: InsightFigures,
  input: { readonly ruleSet: RuleSet; readonly records: readonly HandoffRecord[] },
  thresholds: RecommendationThresholds = DEFAULT_THRESHOLDS,
): Recommendation[] {
  const { ruleSet } = input;
  const placed = placeHandoffs(input.records, ruleSet.rules).filter(
    (item) => item.day >= figures.windowStart.days90 && item.day <= figures.today,
  );
  const out: Recommendation[] = [];
  const enabled = ruleSet.rules.filter((rule) => rule.enabled);
  const rowOf = (id: string) =>
    figures.rows.find((row) => row.kind === 'rule' && row.ruleId === id);
  const byJudged = [...enabled].sort(
    (a, b) => (rowOf(b.id)?.judged ?? 0) - (rowOf(a.id)?.judged ?? 0),
  );
  for (const rule of byJudged) {
    const row = rowOf(rule.id);
    const advice =
      row === undefined
        ? undefined
        : ruleAdvice(
            row,
            rule,
            placed.filter((item) => item.row === rule.id),
            thresholds,
          );
    if (advice !== undefined) out.push(advice);
  }
  const intents = figures.intents;
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
  for (const rule of enabled) {
    if (rowOf(rule.id)?.hits.days90 !== 0) continue;
    out.push({
      code: 'consider_removing_rule',
      params: { ruleId: rule.id, label: rule.label, days: 90, hits: 0 },
    });
  }
  if (enabled.length > NARROW_RULE_LIMIT) {
    out.push({
      code: 'start_narrow',
      params: { enabled: enabled.length, limit: NARROW_RULE_LIMIT },
    });
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
