import type { Figure } from './types.js';

/** A count only if it is one: a non-negative integer. Anything else reads as missing. */
export function countOf(counts: Readonly<Record<string, number>>, key: string): Figure {
  if (!Object.hasOwn(counts, key)) return null;
  const value = counts[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

export function sum(a: Figure, b: Figure): Figure {
  return a === null || b === null ? null : a + b;
}

/** a ÷ b, or null when either is unknown or b is zero. */
export function ratio(a: Figure, b: Figure): Figure {
  return a === null || b === null || b === 0 ? null : a / b;
}

export function anyMissing(...figures: readonly Figure[]): boolean {
  return figures.some((figure) => figure === null);
}
