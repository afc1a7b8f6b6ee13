import type { RuleSet } from '../../../../core/routing';
import type { InsightFigures, Recommendation, RecommendationCode } from '../../../../core/insights';
import { useI18n } from '../../../i18n';
import styled from 'styled-components';
import { recommendationWording } from './recommendation-wording';
import { color, Panel, PanelNote } from './styles';
import { useFigureFormat } from './use-figure-format';

const ACCENT: Record<RecommendationCode, string> = {
  lower_threshold: 'border.warningEmphasis',
  narrow_phrase: 'border.warningEmphasis',
  narrow_rule: 'border.warningEmphasis',
  cover_intent: 'border.primaryEmphasis',
  consider_removing_rule: 'border.emphasis',
  start_narrow: 'border.warningEmphasis',
  judge_more_handoffs: 'border.emphasis',
};

const List = styled.ul`
  list-style: none;
  margin: 8px 0 0;
  padding: 0;
  display: grid;
  gap: 8px;
`;

const Item = styled.li<{ $accent: string }>`
  border-inline-start: 3px solid ${(p) => color(p.$accent)(p)};
  padding: 4px 0 4px 12px;

  p + p {
    color: ${color('foreground.subtle')};
  }
`;

/** Advice in words, each sentence carrying the numbers it rests on. */
export function Recommendations({
  recommendations,
  figures,
  ruleSet,
}: {
  recommendations: readonly Recommendation[];
  figures: InsightFigures;
  ruleSet: RuleSet;
}) {
  const i18n = useI18n();
  const format = useFigureFormat();
  const { t } = i18n;
  return (
    <Panel aria-labelledby="insights-advice">
      <h3 id="insights-advice">{t('insights.advice.title')}</h3>
      {recommendations.length === 0 ? (
        <p>{t('insights.advice.none')}</p>
      ) : (
        <List>
          {recommendations.map((advice, index) => {
            const words = recommendationWording(advice, { i18n, format, figures, ruleSet });
            return (
              <Item key={`${advice.code}-${index}`} $accent={ACCENT[advice.code]}>
                <p>{words.finding}</p>
                {words.action !== undefined && <p>{words.action}</p>}
              </Item>
            );
          })}
        </List>
      )}
      {figures.partial && (
        <PanelNote style={{ margin: '8px 0 0' }}>{t('insights.advice.partial')}</PanelNote>
      )}
    </Panel>
  );
}
