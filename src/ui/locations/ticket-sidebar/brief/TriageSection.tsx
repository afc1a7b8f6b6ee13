import type { ZendeskTriage } from '../../../../core/brief';
import { useI18n } from '../../../i18n';
import { MetaLine } from '../layout';
import { UntrustedText } from '../../../components/Untrusted';
import { Section } from './Section';

/** What Zendesk's intelligent triage concluded: labelled as Zendesk's, never as the bot's. */
export function TriageSection({ triage }: { triage: ZendeskTriage }) {
  const { t } = useI18n();
  const parts = (['intent', 'sentiment', 'language'] as const).filter(
    (part) => triage[part] !== undefined,
  );
  return (
    <Section label={t('sidebar.triage.title')} name="triage">
      {parts.map((part) => (
        <div key={part}>
          <UntrustedText>
            {t(`sidebar.triage.${part}`, { value: triage[part] ?? '' })}
          </UntrustedText>
        </div>
      ))}
      <MetaLine>{t('sidebar.triage.note')}</MetaLine>
    </Section>
  );
}
