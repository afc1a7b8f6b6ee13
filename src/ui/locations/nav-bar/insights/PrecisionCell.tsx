import type { VerdictFigures } from '../../../../core/insights';
import { useI18n } from '../../../i18n';
import { FigureValue } from './FigureValue';
import { Num, SubFigure } from './styles';
import { useFigureFormat } from './use-figure-format';

/**
 * Precision with the number of verdicts behind it; below the count the core trusts, the words
 * "not enough verdicts" instead of a percentage that three clicks could swing (the CSV leaves it
 * blank for the same reason).
 */
export function PrecisionCell({ row }: { row: VerdictFigures }) {
  const { t, tp } = useI18n();
  const format = useFigureFormat();
  const { judged, precision, precisionWithheld } = row;
  if (judged === null) {
    return (
      <Num>
        <FigureValue text={undefined} />
      </Num>
    );
  }
  return (
    <>
      <Num>
        {precisionWithheld ? (
          // Words, unlike figures, may wrap: they would otherwise set the column's width.
          <SubFigure as="span" style={{ whiteSpace: 'normal' }}>
            {t('insights.table.notEnough')}
          </SubFigure>
        ) : (
          <FigureValue text={format.percent(precision)} />
        )}
      </Num>
      <SubFigure>{tp('insights.units.judged', judged)}</SubFigure>
    </>
  );
}
