import type { RuleSet } from '../../../src/core/routing';
import type { HandoffRecord } from '../../../src/core/insights';

export const NOW = new Date('2026-11-20T10:32:11Z');
const DAY = 86_400_000;

export const TWO_RULES: RuleSet = {
  schema: 'handoff-rules/v1',
  revision: 3,
  rules: [
    { id: 'refund', type: 'keyword', label: 'Refunds', enabled: true, phrases: ['refund*'] },
    { id: 'no-answer', type: 'confidence', label: 'No answer', enabled: true, below: 0.6 },
  ],
};

/** The UTC day `daysAgo` days before NOW's, as Insights writes days. */
export function day(daysAgo: number): string {
  const today = Math.floor(NOW.getTime() / DAY) * DAY;
  return new Date(today - daysAgo * DAY).toISOString().slice(0, 10);
}

let nextId = 1;

/** A handoff created at noon UTC `daysAgo` days before NOW, with tags and maybe a package. */
export function handoff(
  daysAgo: number,
  tags: readonly string[],
  contextField?: unknown,
): HandoffRecord {
  nextId += 1;
  return {
    id: nextId,
    createdAt: `${day(daysAgo)}T12:00:00Z`,
    tags: ['handoff', ...tags],
    ...(contextField === undefined ? {} : { contextField }),
  };
}

/** `n` copies of a handoff of the same day and tags. */
export function handoffs(n: number, daysAgo: number, tags: readonly string[]): HandoffRecord[] {
  return Array.from({ length: n }, () => handoff(daysAgo, tags));
}

export const REFUND = ['handoff_rule_refund', 'handoff_type_keyword'] as const;
export const NO_ANSWER = ['handoff_rule_no_answer', 'handoff_type_confidence'] as const;

/** A package's JSON text with the trigger (and intent) given. */
export function pkg(trigger: Record<string, unknown>, intent?: Record<string, unknown>): string {
  return JSON.stringify({
    schema: 'handoff-context/v1',
    conversationId: `c_${nextId}`,
    handedOffAt: `${day(1)}T12:00:00Z`,
    trigger,
    ...(intent === undefined ? {} : { intent }),
    transcript: [],
  });
}

/** Every number anywhere in a value, to prove none is NaN. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(numbersIn);
}
