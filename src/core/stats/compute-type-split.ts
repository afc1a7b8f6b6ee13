import { TRIGGER_TYPES } from '../contract';
import { anyMissing, countOf, ratio, sum } from './figure-math';
import { typeKey } from './insight-keys';
import type { AnsweredCounts, Figure, TypeSplit } from './types';

/** Handoffs of the last 90 days by trigger type (customer, keyword, intent, confidence). */
export function computeTypeSplit(counts: AnsweredCounts): TypeSplit {
  const answered = TRIGGER_TYPES.map((type) => ({ type, count: countOf(counts, typeKey(type)) }));
  const total = answered.reduce<Figure>((acc, entry) => sum(acc, entry.count), 0);
  return {
    types: answered.map((entry) => ({ ...entry, share: ratio(entry.count, total) })),
    total,
    partial: anyMissing(...answered.map((entry) => entry.count)),
  };
}
