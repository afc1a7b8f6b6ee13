import type { RuleSet } from '../../../../core/routing';
import type { InsightFigures, Recommendation } from '../../../../core/insights';
import type { Translator } from '../../../i18n';
import { intentName } from '../../../../core/shared';
import type { FigureFormat } from './use-figure-format';

export interface AdviceWording {
  /** The finding, with its numbers. */
  readonly finding: string;
  /** What to do about it. */
  readonly action?: string;
}

interface WordingContext {
  readonly i18n: Pick<Translator, 't' | 'tp' | 'formatNumber'>;
  readonly format: FigureFormat;
  readonly figures: InsightFigures;
  readonly ruleSet: RuleSet;
}

const num = (value: string | number | undefined): number =>
  typeof value === 'number' ? value : Number(value ?? NaN);

/** "“Refunds” fired 120 times in 90 days; agents judged 40 and marked 70% unnecessary." */
function lowPrecisionFinding(params: Recommendation['params'], context: WordingContext): string {
  const { i18n, format, figures } = context;
  const { t, tp, formatNumber } = i18n;
  const judged = num(params['judged']);
  const unneeded = num(params['unneeded']);
  const row = figures.rows.find((r) => r.kind === 'rule' && r.ruleId === params['ruleId']);
  const fired = row?.hits.days90 ?? null;
  const values = {
    label: String(params['label'] ?? ''),
    judged: formatNumber(judged),
    unneeded: formatNumber(unneeded),
    unneededPercent: format.wholePercent(Math.round((unneeded / judged) * 100)),
  };
  return fired === null
    ? t('insights.advice.narrowJudgedOnly', values)
    : t('insights.advice.lowPrecision', { ...values, fired: tp('insights.units.times', fired) });
}

function ruleAction(advice: Recommendation, context: WordingContext): string | undefined {
  const { t, formatNumber } = context.i18n;
  const { params } = advice;
  const n = (name: string) => formatNumber(num(params[name]));
  switch (advice.code) {
    case 'lower_threshold':
      return t('insights.advice.lower_threshold', {
        below: n('below'),
        target: n('target'),
        avoided: n('avoided'),
        unneeded: n('unneeded'),
        lost: n('lost'),
      });
    case 'narrow_phrase':
      return t('insights.advice.narrow_phrase', {
        phrase: String(params['phrase'] ?? ''),
        phraseUnneeded: n('phraseUnneeded'),
        unneeded: n('unneeded'),
        phraseNeeded: n('phraseNeeded'),
      });
    default: {
      const rule = context.ruleSet.rules.find((r) => r.id === params['ruleId']);
      return rule === undefined ? undefined : t(`insights.advice.narrow.${rule.type}`);
    }
  }
}

/** One recommendation in words, its numbers woven in and formatted for the agent's locale. */
export function recommendationWording(
  advice: Recommendation,
  context: WordingContext,
): AdviceWording {
  const { t, tp, formatNumber } = context.i18n;
  const { params } = advice;
  const n = (name: string) => formatNumber(num(params[name]));
  const label = String(params['label'] ?? '');
  switch (advice.code) {
    case 'lower_threshold':
    case 'narrow_phrase':
    case 'narrow_rule': {
      const action = ruleAction(advice, context);
      return {
        finding: lowPrecisionFinding(params, context),
        ...(action === undefined ? {} : { action }),
      };
    }
    case 'cover_intent':
      return {
        finding: t('insights.advice.cover_intent', {
          intent: intentName(String(params['intent'] ?? '')),
          count: tp('insights.units.times', num(params['count'])),
          sharePercent: context.format.wholePercent(num(params['sharePercent'])),
          considered: n('considered'),
        }),
        action: t('insights.advice.coverIntentAction', { id: String(params['intent'] ?? '') }),
      };
    case 'consider_removing_rule':
      return { finding: t('insights.advice.consider_removing_rule', { label, days: n('days') }) };
    case 'start_narrow':
      return {
        finding: t('insights.advice.start_narrow', { enabled: n('enabled'), limit: n('limit') }),
      };
    case 'judge_more_handoffs':
      return {
        finding: t('insights.advice.judge_more_handoffs', {
          judged: n('judged'),
          handoffs: n('handoffs'),
          judgedPercent: context.format.wholePercent(num(params['judgedPercent'])),
        }),
      };
    default: {
      const unreachable: never = advice.code;
      throw new Error(`Unknown recommendation ${JSON.stringify(unreachable)}`);
    }
  }
}
