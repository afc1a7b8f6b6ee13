import { TRIGGER_TYPES, type TriggerType } from '../../../../core/contract';
import type { RuleSet } from '../../../../core/routing';
import {
  ALL,
  RULE_FIGURES,
  figureKey,
  insightCalendar,
  scopeOf,
  typeKey,
  weekKey,
  type InsightScope,
  type RuleFigure,
  type UtcDay,
} from '../../../../core/stats';

export type MissingItem =
  | { readonly kind: 'figure'; readonly figure: RuleFigure }
  | { readonly kind: 'week'; readonly start: UtcDay }
  | { readonly kind: 'type'; readonly type: TriggerType };

export type MissingScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'rule'; readonly label: string }
  | { readonly kind: 'types' };

export interface MissingGroup {
  readonly scope: MissingScope;
  readonly items: readonly MissingItem[];
}

/**
 * The plan keys without an answer, grouped by what they belong to, in the order the page shows
 * them. Keys are matched by building them with the core's own key functions, never by parsing.
 */
export function groupMissing(
  missing: readonly string[],
  ruleSet: RuleSet,
  now: Date,
): MissingGroup[] {
  const wanted = new Set(missing);
  const weeks = insightCalendar(now).weeks.slice(1);
  const scopeItems = (scope: InsightScope): MissingItem[] => [
    ...RULE_FIGURES.filter((figure) => wanted.has(figureKey(scope, figure))).map(
      (figure): MissingItem => ({ kind: 'figure', figure }),
    ),
    ...weeks
      .filter((week) => wanted.has(weekKey(scope, week.index)))
      .reverse()
      .map((week): MissingItem => ({ kind: 'week', start: week.start })),
  ];
  const groups: MissingGroup[] = [{ scope: { kind: 'all' }, items: scopeItems(ALL) }];
  for (const rule of ruleSet.rules) {
    groups.push({
      scope: { kind: 'rule', label: rule.label },
      items: scopeItems(scopeOf(rule.id)),
    });
  }
  groups.push({
    scope: { kind: 'types' },
    items: TRIGGER_TYPES.filter((type) => wanted.has(typeKey(type))).map((type): MissingItem => ({
      kind: 'type',
      type,
    })),
  });
  return groups.filter((group) => group.items.length > 0);
}
