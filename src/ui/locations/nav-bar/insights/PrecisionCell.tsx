import { DEFAULT_THRESHOLDS, type Figure } from '../../../../core/stats';
import { useI18n } from '../../../i18n';
import { FigureValue } from './FigureValue';
import { Num, SubFigure } from './styles';
import { useFigureFormat } from './use-figure-format';

/**
 * Precision with the number of verdicts behind it; below the count recommendations trust, the
 * words "not enough verdicts" instead of a percentage that three clicks could swing.
 */
export function PrecisionCell({ precision, judged }: { precision: Figure; judged: Figure }) {
  const { t, tp } = useI18n();
  const format = useFigureFormat();
  if (judged === null) {
    return (
      <Num>
        <FigureValue text={undefined} />
      </Num>
    );
  }
  const enough = judged >= DEFAULT_THRESHOLDS.minJudged && precision !== null;
  return (
    <>
      <Num>
        {enough ? (
          format.percent(precision)
        ) : (
          // Words, unlike figures, may wrap: they would otherwise set the column's width.
          <SubFigure as="span" style={{ whiteSpace: 'normal' }}>
            {t('insights.table.notEnough')}
          </SubFigure>
        )}
      </Num>
      <SubFigure>{tp('insights.units.judged', judged)}</SubFigure>
    </>
  );
}
