import { useI18n } from '../../../i18n';
import { VisuallyHidden } from './styles';

/** A formatted figure, or a dash that says to a screen reader the figure did not load. */
export function FigureValue({ text }: { text: string | undefined }) {
  const { t } = useI18n();
  if (text !== undefined) return <>{text}</>;
  return (
    <span title={t('insights.partial.cell')}>
      <span aria-hidden="true">—</span>
      <VisuallyHidden as="span">{t('insights.partial.cell')}</VisuallyHidden>
    </span>
  );
}
