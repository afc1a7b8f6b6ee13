import type { TriggerType } from '../contract';

/**
 * Names of the counts a plan asks for and the arithmetic reads back. A key names one figure
 * ("rule/refund/days30"), so a missing answer marks exactly the figures that depend on it.
 */
export const RULE_FIGURES = ['days7', 'days30', 'days90', 'needed', 'unneeded'] as const;
export type RuleFigure = (typeof RULE_FIGURES)[number];

/** `all` is every handoff (tag `handoff`), whatever rule fired it. */
export type InsightScope =
  { readonly kind: 'all' } | { readonly kind: 'rule'; readonly ruleId: string };

export const ALL: InsightScope = { kind: 'all' };

export function scopeOf(ruleId: string): InsightScope {
  return { kind: 'rule', ruleId };
}

function prefix(scope: InsightScope): string {
  return scope.kind === 'all' ? 'all' : `rule/${scope.ruleId}`;
}

export function figureKey(scope: InsightScope, figure: RuleFigure): string {
  return `${prefix(scope)}/${figure}`;
}

/** Week 0 is the 7-day figure itself; weeks 1..11 have keys of their own. */
export function weekKey(scope: InsightScope, index: number): string {
  return index === 0 ? figureKey(scope, 'days7') : `${prefix(scope)}/week${index}`;
}

export function typeKey(type: TriggerType): string {
  return `type/${type}`;
}
