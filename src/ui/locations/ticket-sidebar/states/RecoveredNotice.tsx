import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useState } from 'react';
import styled from 'styled-components';
import type { GapCode } from '../../../../core/brief';
import type { TranscriptLayout } from '../../../../core/contract';
import { useI18n } from '../../../i18n';
import { fontSize, lineHeight } from '../../../components/styles';

/** What a transcript alone can never say: named up front; finer gaps stay in the details. */
export const HEADLINE_GAPS: readonly GapCode[] = [
  'no_trigger',
  'no_intent',
  'identity_unknown',
  'no_page',
  'no_transcript',
];

const Details = styled.div`
  margin: 4px 0 0;
  font-size: ${fontSize('sm')};
  line-height: ${lineHeight('sm')};
`;

/**
 * The brief came from the ticket's messages, not a package: which ones (the messaging
 * conversation or the first comment) in one line, and what a transcript alone cannot say one
 * click away, so the brief itself stays above the fold.
 */
export function RecoveredNotice({
  layout,
  gaps,
}: {
  layout: TranscriptLayout;
  gaps: readonly GapCode[];
}) {
  const { t } = useI18n();
  const [isShown, setShown] = useState(false);
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
      {missing.length > 0 && (
        <Button
          isLink
          size="small"
          aria-expanded={isShown}
          onClick={() => setShown((open) => !open)}
        >
          {isShown ? t('sidebar.recovered.hideDetails') : t('sidebar.recovered.details')}
        </Button>
      )}
      {(isShown || missing.length === 0) && (
        <Details>
          {t(`sidebar.recovered.${layout}`)}
          {missing.length > 0 && (
            <>
              {' '}
              {t('sidebar.recovered.missing')}{' '}
              {missing.map((gap) => t(`brief.gaps.${gap}`)).join('; ')}
            </>
          )}
        </Details>
      )}
    </Alert>
  );
}
