import styled from 'styled-components';
import type { InsightFigures } from '../../../../core/insights';
import { useI18n } from '../../../i18n';
import { FigureValue } from './FigureValue';
import { color, garden } from './styles';
import { useFigureFormat } from './use-figure-format';

const Tiles = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
  gap: 12px;
  margin: 0 0 16px;
`;

const Tile = styled.div`
  border: 1px solid ${color('border.default')};
  border-radius: 8px;
  padding: 12px 16px;

  dt {
    color: ${color('foreground.subtle')};
    font-size: ${(p) => garden(p.theme).fontSizes.sm};
  }

  dd {
    margin: 2px 0 0;
    font-size: ${(p) => garden(p.theme).fontSizes.xl};
    line-height: ${(p) => garden(p.theme).lineHeights.xl};
    font-weight: ${(p) => garden(p.theme).fontWeights.semibold};
    font-variant-numeric: tabular-nums;
  }

  dd + dd {
    font-size: ${(p) => garden(p.theme).fontSizes.sm};
    line-height: ${(p) => garden(p.theme).lineHeights.sm};
    font-weight: normal;
    color: ${color('foreground.subtle')};
  }
`;

/** The handful of numbers a lead reads first: volume, and how much of it agents judged needed. */
export function SummaryTiles({ figures }: { figures: InsightFigures }) {
  const { t } = useI18n();
  const format = useFigureFormat();
  const { hits, judged, needed, unneeded, judgedShare, precision } = figures.totals;
  const both = (a: string | undefined, b: string | undefined) =>
    a === undefined || b === undefined ? undefined : { a, b };
  const judgedOf = both(format.count(judged), format.count(hits.days90));
  const verdicts = both(format.count(needed), format.count(unneeded));
  return (
    <Tiles aria-label={t('insights.summary.label')}>
      <Tile>
        <dt>{t('insights.summary.days90')}</dt>
        <dd>
          <FigureValue text={format.count(hits.days90)} />
        </dd>
      </Tile>
      <Tile>
        <dt>{t('insights.summary.days30')}</dt>
        <dd>
          <FigureValue text={format.count(hits.days30)} />
        </dd>
      </Tile>
      <Tile>
        <dt>{t('insights.summary.days7')}</dt>
        <dd>
          <FigureValue text={format.count(hits.days7)} />
        </dd>
      </Tile>
      <Tile>
        <dt>{t('insights.summary.judged')}</dt>
        <dd>
          <FigureValue text={format.percent(judgedShare)} />
        </dd>
        {judgedOf !== undefined && (
          <dd>{t('insights.summary.judgedDetail', { judged: judgedOf.a, total: judgedOf.b })}</dd>
        )}
      </Tile>
      <Tile>
        <dt>{t('insights.summary.precision')}</dt>
        <dd>
          <FigureValue text={format.percent(precision)} />
        </dd>
        {verdicts !== undefined && (
          <dd>
            {t('insights.summary.precisionDetail', { needed: verdicts.a, unneeded: verdicts.b })}
          </dd>
        )}
      </Tile>
    </Tiles>
  );
}
