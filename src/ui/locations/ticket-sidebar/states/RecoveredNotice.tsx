import { Alert } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import type { GapCode } from '../../../../core/brief';
import type { TranscriptLayout } from '../../../../core/contract';
import { useI18n } from '../../../i18n';
import { fontSize, lineHeight } from '../theme';

/** What a transcript alone can never say: named up front; finer gaps stay in the details. */
export const HEADLINE_GAPS: readonly GapCode[] = [
  'no_trigger',
  'no_intent',
  'identity_unknown',
  'no_page',
  'no_transcript',
];

const Missing = styled.p`
  margin: 4px 0 0;
  font-size: ${fontSize('sm')};
  line-height: ${lineHeight('sm')};
`;

/**
 * The brief came from the ticket's messages, not a package: which ones (the messaging
 * conversation or the first comment), and what a transcript alone cannot say.
 */
export function RecoveredNotice({
  layout,
  gaps,
}: {
  layout: TranscriptLayout;
  gaps: readonly GapCode[];
}) {
  const { t } = useI18n();
  const missing = gaps.filter((gap) => HEADLINE_GAPS.includes(gap));
  return (
    <Alert type="info" data-state="recovered" style={{ marginBottom: 12 }}>
      <Alert.Title>
        {t(
          layout === 'conversation'
            ? 'sidebar.recovered.titleConversation'
            : 'sidebar.recovered.title',
        )}
      </Alert.Title>
      {t(`sidebar.recovered.${layout}`)}
      {missing.length > 0 && (
        <Missing>
          {t('sidebar.recovered.missing')} {missing.map((gap) => t(`brief.gaps.${gap}`)).join('; ')}
        </Missing>
      )}
    </Alert>
  );
}
