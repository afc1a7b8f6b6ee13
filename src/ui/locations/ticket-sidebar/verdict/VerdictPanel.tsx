import { ToggleButton } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import { VERDICTS, type Verdict } from '../../../../zendesk/ticket';
import { describeZendeskError } from '../../../components/ZendeskErrorState';
import { useI18n, type TranslationKey } from '../../../i18n';
import { Section } from '../brief/Section';
import { MetaLine } from '../layout';
import { useVerdict } from './use-verdict';

const Choices = styled.div`
  display: grid;
  gap: 6px;
  margin: 4px 0;
`;

const LABELS: Record<Verdict, TranslationKey> = {
  needed: 'sidebar.verdict.needed',
  unneeded: 'sidebar.verdict.unneeded',
};

/** "Handoff was needed" / "Bot could have handled this": one click, exclusive, reversible. */
export function VerdictPanel({ ticketId, tags }: { ticketId: number; tags: readonly string[] }) {
  const { t } = useI18n();
  const { verdict, isSaving, failure, choose } = useVerdict(ticketId, tags);
  const status = isSaving
    ? t('sidebar.verdict.saving')
    : t(`sidebar.verdict.state.${verdict ?? 'none'}`);
  return (
    <Section label={t('sidebar.verdict.label')} name="verdict">
      <Choices>
        {VERDICTS.map((choice) => (
          <ToggleButton
            key={choice}
            size="small"
            isStretched
            isPressed={verdict === choice}
            // Filled when chosen: the agent's verdict is unmistakable at a glance.
            isPrimary={verdict === choice}
            data-verdict={choice}
            onClick={() => choose(choice)}
          >
            {t(LABELS[choice])}
          </ToggleButton>
        ))}
      </Choices>
      <MetaLine
        role="status"
        aria-live="polite"
        style={verdict === undefined ? undefined : { fontWeight: 600 }}
      >
        {status}
      </MetaLine>
      <MetaLine>{t('sidebar.verdict.hint')}</MetaLine>
      {failure !== undefined && (
        <Alert type="error" role="alert" style={{ marginTop: 8 }}>
          <Alert.Title>{t('sidebar.verdict.failedTitle')}</Alert.Title>
          {t('sidebar.verdict.failed', {
            reason: t(describeZendeskError(failure), {
              status: failure.kind === 'http' ? failure.status : '',
            }),
          })}
        </Alert>
      )}
    </Section>
  );
}
