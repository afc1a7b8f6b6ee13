/** One text's claim on the brief's shared words (see budget.ts). */
export interface WordClaim {
  /** Words the whole text counts for; anything above `max` just means "longer than that". */
  readonly need: number;
  /** Guaranteed: the text gets this many words, or `need` when that is fewer. */
  readonly min: number;
  /** Never more than this, however many words are spare. */
  readonly max: number;
}

/**
 * Shares `available` words among `claims`, listed in priority order. Every claim first gets its
 * minimum (or its whole need when smaller); then, claim by claim in order, what is left tops
 * each up to its need, capped at its maximum. Returns the grants in claim order; they never add
 * up to more than `available`. One pass each way: linear in the number of claims.
 *
 * Throws when the minimums alone do not fit, a broken invariant: WORD_MINIMUMS are sized so
 * that every text at its minimum plus every figure fits DATA_WORD_BUDGET.
 */
export function shareWords(claims: readonly WordClaim[], available: number): number[] {
  const floors = claims.map((claim) => Math.max(0, Math.min(claim.need, claim.min)));
  let left = available - floors.reduce((sum, words) => sum + words, 0);
  if (left < 0) {
    throw new RangeError(
      `The word minimums need ${available - left} words but only ${available} are available`,
    );
  }
  return claims.map((claim, i) => {
    const floor = floors[i] ?? 0;
    const extra = Math.min(left, Math.max(0, Math.min(claim.need, claim.max) - floor));
    left -= extra;
    return floor + extra;
  });
}
