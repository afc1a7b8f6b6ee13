import type { RuleSet } from '../../../../core/routing';
import type { InsightFigures, Recommendation } from '../../../../core/stats';
import type { Translator } from '../../../i18n';
import type { FigureFormat } from './use-figure-format';

export interface AdviceWords {
  /** The finding, with its numbers. */
  readonly finding: string;
  /** What to do about it, when that depends on more than the finding's code. */
  readonly action?: string;
}

interface WordsContext {
  readonly i18n: Pick<Translator, 't' | 'tp' | 'formatNumber'>;
  readonly format: FigureFormat;
  readonly figures: InsightFigures;
  readonly ruleSet: RuleSet;
}

const num = (value: string | number | undefined): number =>
  typeof value === 'number' ? value : Number(value ?? NaN);

function narrowRule(params: Recommendation['params'], context: WordsContext): AdviceWords {
  const { i18n, format, figures, ruleSet } = context;
  const { t, tp, formatNumber } = i18n;
  const judged = num(params['judged']);
  const unneeded = num(params['unneeded']);
  const row = figures.rules.find((r) => r.ruleId === params['ruleId']);
  const rule = ruleSet.rules.find((r) => r.id === params['ruleId']);
  const fired = row?.hits.days90 ?? null;
  const values = {
    label: String(params['label'] ?? ''),
    judged: formatNumber(judged),
    unneededPercent: format.wholePercent(Math.round((unneeded / judged) * 100)),
  };
  const finding =
    fired === null
      ? t('insights.advice.narrowJudgedOnly', values)
      : t('insights.advice.narrow_rule', { ...values, fired: tp('insights.units.times', fired) });
  if (rule === undefined) return { finding };
  const threshold = rule.type === 'confidence' ? formatNumber(rule.below) : '';
  return { finding, action: t(`insights.advice.narrow.${rule.type}`, { threshold }) };
}

/** One recommendation in words, its numbers woven in and formatted for the agent's locale. */
export function recommendationWords(advice: Recommendation, context: WordsContext): AdviceWords {
  const { t, tp, formatNumber } = context.i18n;
  const { params } = advice;
  const n = (name: string) => formatNumber(num(params[name]));
  const label = String(params['label'] ?? '');
  switch (advice.code) {
    case 'narrow_rule':
      return narrowRule(params, context);
    case 'cover_intent':
      return {
        finding: t('insights.advice.cover_intent', {
          intent: String(params['intent'] ?? ''),
          count: tp('insights.units.times', num(params['count'])),
          sharePercent: context.format.wholePercent(num(params['sharePercent'])),
          considered: n('considered'),
        }),
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
