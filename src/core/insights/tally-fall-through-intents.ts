import { parseContextPackage } from '../contract/index.js';

export interface FallThroughIntent {
  readonly name: string;
  readonly count: number;
  /** Of the confidence-fallback handoffs read, 0..1. */
  readonly share: number;
  /** Mean of the bot's confidence in this intent, when packages gave one. */
  readonly averageConfidence: number | null;
  /** The newest handedOffAt seen for this intent. */
  readonly lastSeen: string;
}

export interface FallThroughTally {
  /** Most frequent first; ties by name. */
  readonly intents: readonly FallThroughIntent[];
  /** Field values given. */
  readonly read: number;
  /** Packages that parsed and were handed off by the confidence fallback. */
  readonly considered: number;
  /** Of those, how many named no intent. */
  readonly withoutIntent: number;
  /** Field values that were empty or not a valid package. */
  readonly unreadable: number;
  /** Valid packages whose trigger was not the confidence fallback (a tag out of step). */
  readonly otherTrigger: number;
}

interface Bucket {
  count: number;
  confidenceSum: number;
  confidenceCount: number;
  lastSeen: string;
}

/**
 * Which intents keep reaching humans because the bot was unsure: read from the context
 * packages of confidence-fallback handoffs (the custom field's raw values, newest first or not).
 */
export function tallyFallThroughIntents(fieldValues: readonly unknown[]): FallThroughTally {
  const buckets = new Map<string, Bucket>();
  let considered = 0;
  let withoutIntent = 0;
  let unreadable = 0;
  let otherTrigger = 0;
  for (const value of fieldValues) {
    const parsed = parseContextPackage(value);
    if (!parsed.ok) {
      unreadable += 1;
      continue;
    }
    const pkg = parsed.value;
    if (pkg.trigger.type !== 'confidence') {
      otherTrigger += 1;
      continue;
    }
    considered += 1;
    if (pkg.intent === undefined) {
      withoutIntent += 1;
      continue;
    }
    const bucket = buckets.get(pkg.intent.name) ?? {
      count: 0,
      confidenceSum: 0,
      confidenceCount: 0,
      lastSeen: pkg.handedOffAt,
    };
    bucket.count += 1;
    if (pkg.intent.confidence !== undefined) {
      bucket.confidenceSum += pkg.intent.confidence;
      bucket.confidenceCount += 1;
    }
    if (Date.parse(pkg.handedOffAt) > Date.parse(bucket.lastSeen))
      bucket.lastSeen = pkg.handedOffAt;
    buckets.set(pkg.intent.name, bucket);
  }
  const intents = [...buckets.entries()]
    .map(([name, bucket]) => ({
      name,
      count: bucket.count,
      share: bucket.count / considered,
      averageConfidence:
        bucket.confidenceCount === 0 ? null : bucket.confidenceSum / bucket.confidenceCount,
      lastSeen: bucket.lastSeen,
    }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { intents, read: fieldValues.length, considered, withoutIntent, unreadable, otherTrigger };
}
