import { zendeskTriage, type BriefReading } from '../../../../core/brief';
import { LoadingState } from '../../../components/LoadingState';
import { ZendeskErrorState } from '../../../components/ZendeskErrorState';
import { CommentErrorNotice } from '../states/CommentErrorNotice';
import { FieldNotice } from '../states/FieldNotice';
import { IntegrityNotice } from '../states/IntegrityNotice';
import { MalformedNotice } from '../states/MalformedNotice';
import { NoHandoffState } from '../states/NoHandoffState';
import { RecoveredNotice } from '../states/RecoveredNotice';
import type { HandoffState } from '../use-ticket-handoff';
import { BriefView } from './BriefView';

/** The brief or the state that explains its absence; never a blank frame. */
export function BriefPanel({
  state,
  reading,
  onRetry,
}: {
  state: HandoffState;
  reading: BriefReading | undefined;
  onRetry: () => void;
}) {
  if (state.status === 'loading') return <LoadingState lines={7} />;
  if (state.status === 'failed') return <ZendeskErrorState error={state.error} onRetry={onRetry} />;
  if (reading === undefined) return <LoadingState lines={7} />;
  const { handoff } = state;
  return (
    <>
      <FieldNotice field={handoff.field} isUnreadable={handoff.fieldUnreadable} />
      {handoff.commentError !== undefined && (
        <CommentErrorNotice error={handoff.commentError} onRetry={onRetry} />
      )}
      {reading.kind === 'malformed' && <MalformedNotice issues={reading.issues} />}
      {reading.kind === 'recovered' && (
        <RecoveredNotice layout={reading.layout} gaps={reading.brief.gaps} />
      )}
      {(reading.kind === 'package' || reading.kind === 'recovered') && (
        <IntegrityNotice notes={reading.integrity} />
      )}
      {reading.kind === 'none' ? (
        handoff.commentError === undefined && <NoHandoffState />
      ) : (
        <BriefView brief={reading.brief} triage={zendeskTriage(handoff.snapshot.tags ?? [])} />
      )}
    </>
  );
}
