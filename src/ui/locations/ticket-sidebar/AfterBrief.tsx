import { useEffect } from 'react';
import type { Brief, BriefReading, GapCode } from '../../../core/brief';
import type { PartialContextPackage } from '../../../core/contract';
import type { TicketHandoff } from '../../../zendesk/ticket';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { BriefActions } from './actions/BriefActions';
import { DetailsSection } from './brief/DetailsSection';
import { HEADLINE_GAPS } from './states/RecoveredNotice';
import { TranscriptPanel } from './transcript/TranscriptPanel';
import { VerdictPanel } from './verdict/VerdictPanel';

/** Shown by the counts line ("37 older messages dropped"), so not repeated as a gap. */
const SAID_BY_COUNTS: readonly GapCode[] = ['transcript_truncated'];
/** Package warnings the counts or a gap already put in words. */
const SAID_BY_GAPS: readonly string[] = ['messages_truncated', 'message_index_outside'];

export interface AfterBriefProps {
  readonly handoff: TicketHandoff;
  readonly reading: BriefReading;
  readonly brief: Brief | undefined;
  readonly pkg: PartialContextPackage | undefined;
  readonly botName: string | undefined;
  readonly canDraft: boolean;
  /** The ticket to judge, when the agent may judge it. */
  readonly judgedTicketId: number | undefined;
  /** Called once these regions are on the page, so the frame is sized to all of it at once. */
  readonly onShown: () => void;
}

/**
 * Everything below the brief: the actions, the transcript one click away, the agent's verdict
 * and the details. Its own chunk, rendered just after the brief's first paint: the agent reads
 * the brief first, and the brief paints sooner without these regions' code and components.
 */
export default function AfterBrief({
  handoff,
  reading,
  brief,
  pkg,
  botName,
  canDraft,
  judgedTicketId,
  onShown,
}: AfterBriefProps) {
  useEffect(onShown, [onShown]);
  return (
    <>
      {brief !== undefined && (
        <ErrorBoundary>
          <BriefActions
            brief={brief}
            canDraft={canDraft}
            locales={{
              conversation: pkg?.locale,
              requester: handoff.snapshot.requester?.locale,
            }}
          />
        </ErrorBoundary>
      )}
      {pkg !== undefined && pkg.transcript.length > 0 && (
        <ErrorBoundary>
          <TranscriptPanel pkg={pkg} botName={botName} />
        </ErrorBoundary>
      )}
      {judgedTicketId !== undefined && (
        <ErrorBoundary>
          <VerdictPanel ticketId={judgedTicketId} tags={handoff.snapshot.tags ?? []} />
        </ErrorBoundary>
      )}
      {brief !== undefined && (
        <ErrorBoundary>
          <DetailsSection
            counts={brief.counts}
            handedOffAt={pkg?.handedOffAt}
            gaps={brief.gaps.filter(
              (gap) =>
                !SAID_BY_COUNTS.includes(gap) &&
                !(reading.kind === 'recovered' && HEADLINE_GAPS.includes(gap)),
            )}
            warnings={
              reading.kind === 'package'
                ? reading.warnings.filter((warning) => !SAID_BY_GAPS.includes(warning.code))
                : []
            }
          />
        </ErrorBoundary>
      )}
    </>
  );
}
