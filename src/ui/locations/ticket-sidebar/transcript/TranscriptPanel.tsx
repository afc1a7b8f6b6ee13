import { Button } from '@zendeskgarden/react-buttons';
import { lazy, Suspense, useId, useState } from 'react';
import type { PartialContextPackage } from '../../../../core/contract';
import { LoadingState } from '../../../components/LoadingState';
import { useI18n } from '../../../i18n';
import { MetaLine, SectionBox, SectionLabel } from '../layout';

// Its own chunk: the first paint carries only the brief, not the virtualised list.
const TranscriptView = lazy(() => import('./TranscriptView'));

/** "Show full transcript (N messages)": the whole conversation one click away, loaded on demand. */
export function TranscriptPanel({
  pkg,
  botName,
}: {
  pkg: PartialContextPackage;
  botName: string | undefined;
}) {
  const { t, tp } = useI18n();
  const [isOpen, setOpen] = useState(false);
  const labelId = useId();
  const regionId = useId();
  const count = pkg.transcript.length;
  const dropped =
    pkg.truncated !== undefined && Number.isInteger(pkg.truncated) && pkg.truncated > 0
      ? pkg.truncated
      : 0;
  return (
    <SectionBox data-section="transcript">
      <Button
        size="small"
        isStretched
        aria-expanded={isOpen}
        aria-controls={regionId}
        onClick={() => setOpen((open) => !open)}
      >
        {isOpen ? t('sidebar.transcript.hide') : tp('sidebar.transcript.show', count)}
      </Button>
      {isOpen && (
        <div id={regionId} style={{ marginTop: 8 }}>
          <SectionLabel id={labelId}>{t('sidebar.transcript.label')}</SectionLabel>
          {dropped > 0 && (
            // Where the bot's older messages were: before the first one the package kept.
            <MetaLine data-dropped={dropped} style={{ marginBottom: 4 }}>
              {tp('sidebar.transcript.dropped', dropped)}
            </MetaLine>
          )}
          <Suspense fallback={<LoadingState lines={4} />}>
            <TranscriptView pkg={pkg} botName={botName} labelId={labelId} />
          </Suspense>
        </div>
      )}
    </SectionBox>
  );
}
