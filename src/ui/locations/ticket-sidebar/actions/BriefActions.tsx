import { Button } from '@zendeskgarden/react-buttons';
import { lazy, Suspense, useState } from 'react';
import styled from 'styled-components';
import type { Brief } from '../../../../core/brief';
import { toZendeskError } from '../../../../zendesk';
import { copyText } from '../../../components/copy-text';
import { describeZendeskError } from '../../../components/ZendeskErrorState';
import { useI18n } from '../../../i18n';
import { MetaLine, SectionBox } from '../layout';
import { briefAsText } from './brief-as-text';
import { useDraftOpening } from './use-draft-opening';

// Its own chunk: only a frame that may not copy ever needs a text area.
const CopyByHand = lazy(() => import('./CopyByHand'));

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
`;

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'copied' }
  | { readonly kind: 'copy-by-hand'; readonly text: string }
  | { readonly kind: 'drafted' }
  | { readonly kind: 'draft-failed'; readonly reason: string };

/** Copy the brief as text; put a drafted opening in the reply editor (never sent). */
export function BriefActions({
  brief,
  canDraft,
  locales,
}: {
  brief: Brief;
  canDraft: boolean;
  locales: { readonly conversation?: string | undefined; readonly requester?: string | undefined };
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const draft = useDraftOpening(brief, locales);
  const copy = () => {
    const text = briefAsText(brief, i18n);
    void copyText(text).then((outcome) =>
      setStatus(outcome === 'copied' ? { kind: 'copied' } : { kind: 'copy-by-hand', text }),
    );
  };
  const open = () => {
    draft().then(
      () => setStatus({ kind: 'drafted' }),
      (reason: unknown) => {
        const error = toZendeskError(reason, 'invoke ticket.editor.insert');
        setStatus({
          kind: 'draft-failed',
          reason: t(describeZendeskError(error), {
            status: error.kind === 'http' ? error.status : '',
          }),
        });
      },
    );
  };
  return (
    <SectionBox aria-label={t('sidebar.actions.label')} data-section="actions">
      <Row>
        {canDraft && (
          <Button size="small" onClick={open}>
            {t('sidebar.actions.draft')}
          </Button>
        )}
        <Button size="small" onClick={copy}>
          {t('sidebar.actions.copy')}
        </Button>
      </Row>
      <MetaLine role="status" aria-live="polite" style={{ marginTop: 4 }}>
        {status.kind === 'copied' && t('sidebar.actions.copied')}
        {status.kind === 'copy-by-hand' && t('sidebar.actions.copyManual')}
        {status.kind === 'drafted' && t('sidebar.actions.drafted')}
        {status.kind === 'draft-failed' &&
          t('sidebar.actions.draftFailed', { reason: status.reason })}
      </MetaLine>
      {status.kind === 'copy-by-hand' && (
        <Suspense fallback={null}>
          <CopyByHand text={status.text} label={t('sidebar.actions.copy')} />
        </Suspense>
      )}
    </SectionBox>
  );
}
