import type { BriefIntent } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { MetaLine, ValueLine, WrapRow } from '../layout';
import { ShortTextView } from '../text/ShortTextView';
import { Section } from './Section';

/** The bot's guess at the intent, labelled as a guess, never shown as a fact. */
export function IntentSection({
  intent,
  showConfidence,
}: {
  intent: BriefIntent;
  /** False when the reason already shows the same confidence: one figure, said once. */
  showConfidence: boolean;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <Section label={t('sidebar.intent.label')} name="intent">
      <WrapRow>
        <ValueLine title={t('sidebar.intent.hint')}>
          <ShortTextView value={intent.name} />
        </ValueLine>
        {showConfidence && intent.confidence !== undefined && (
          <MetaLine>
            {t('sidebar.intent.confidence', {
              confidence: formatNumber(intent.confidence, {
                style: 'percent',
                maximumFractionDigits: 0,
              }),
            })}
          </MetaLine>
        )}
      </WrapRow>
    </Section>
  );
}
