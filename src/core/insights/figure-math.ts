import type { Figure } from './types.js';

/** a ÷ b, or null when either is unknown or b is zero. */
export function ratio(a: Figure, b: Figure): Figure {
  return a === null || b === null || b === 0 ? null : a / b;
}
