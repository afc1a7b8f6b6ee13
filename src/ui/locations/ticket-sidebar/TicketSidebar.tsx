import { useMemo, useRef } from 'react';
import { briefFromReading, type GapCode } from '../../../core/brief';
import type { HandoffReading, PartialContextPackage } from '../../../core/contract';
import { hasHandoffTag } from '../../../zendesk/ticket';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { useZendesk } from '../../app/zendesk-context';
import { useI18n } from '../../i18n';
import { BriefActions } from './actions/BriefActions';
import { BriefPanel } from './brief/BriefPanel';
import { DetailsSection } from './brief/DetailsSection';
import { SidebarGlobalStyle, SidebarRoot, VisuallyHidden } from './layout';
import { useMarkPainted } from './mark-painted';
import { readBotName, readReplyOpeningEnabled, readRuleLabels } from '../../../zendesk/settings';
import { HEADLINE_GAPS } from './states/RecoveredNotice';
import { TranscriptPanel } from './transcript/TranscriptPanel';
import { useAutoResize } from './use-auto-resize';
import { useTicketHandoff } from './use-ticket-handoff';
import { VerdictPanel } from './verdict/VerdictPanel';

/** Shown by the counts line ("37 older messages dropped"), so not repeated as a gap. */
const SAID_BY_COUNTS: readonly GapCode[] = ['transcript_truncated'];
/** Package warnings the counts or a gap already put in words. */
const SAID_BY_GAPS: readonly string[] = ['messages_truncated', 'message_index_outside'];

function packageOf(reading: HandoffReading): PartialContextPackage | undefined {
  switch (reading.kind) {
    case 'package':
    case 'recovered':
      return reading.package;
    case 'malformed':
      return reading.salvage;
    case 'none':
      return undefined;
    default: {
      const unreachable: never = reading;
      throw new Error(`Unknown handoff reading ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The ticket sidebar: the 30-second brief first, the full transcript one click away, the
 * agent's verdict, then the details. Each region has its own error boundary.
 */
export function TicketSidebar() {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const { client, metadata, context } = useZendesk();
  const { state, retry } = useTicketHandoff();
  const settled = state.status !== 'loading';
  useAutoResize(root, client, settled);
  useMarkPainted(settled);

  const settings = metadata.settings;
  const botName = readBotName(settings);
  const ruleLabels = useMemo(() => readRuleLabels(settings), [settings]);
  const handoff = state.status === 'ready' ? state.handoff : undefined;
  const reading = useMemo(
    () =>
      handoff === undefined
        ? undefined
        : briefFromReading(handoff.reading, {
            ruleLabels,
            ...(botName === undefined ? {} : { botName }),
            // Read in the same batched get as the field: a package without a customer still
            // shows who the ticket is from, marked as the requester's.
            ...(handoff.snapshot.requester === undefined
              ? {}
              : { requester: handoff.snapshot.requester }),
            // Why the bot handed off, when a damaged or missing package cannot say.
            tags: handoff.snapshot.tags ?? [],
          }),
    [handoff, ruleLabels, botName],
  );
  const pkg = handoff === undefined ? undefined : packageOf(handoff.reading);
  const ticketId = context.ticketId ?? handoff?.snapshot.id;
  const tags = handoff?.snapshot.tags ?? [];
  // Any ticket briefed as a handoff, from a package or a transcript alone, can be judged.
  const judges = handoff !== undefined && (hasHandoffTag(tags) || handoff.reading.kind !== 'none');
  const brief = reading === undefined || reading.kind === 'none' ? undefined : reading.brief;

  return (
    <SidebarRoot ref={root} data-app="ticket-sidebar">
      <SidebarGlobalStyle />
      <VisuallyHidden as="h1">{t('app.name')}</VisuallyHidden>
      <ErrorBoundary>
        <BriefPanel state={state} reading={reading} onRetry={retry} />
      </ErrorBoundary>
      {brief !== undefined && (
        <ErrorBoundary>
          <BriefActions
            brief={brief}
            canDraft={readReplyOpeningEnabled(settings)}
            locales={{
              conversation: pkg?.locale,
              requester: handoff?.snapshot.requester?.locale,
            }}
          />
        </ErrorBoundary>
      )}
      {pkg !== undefined && pkg.transcript.length > 0 && (
        <ErrorBoundary>
          <TranscriptPanel pkg={pkg} botName={botName} />
        </ErrorBoundary>
      )}
      {judges && ticketId !== undefined && (
        <ErrorBoundary>
          <VerdictPanel ticketId={ticketId} tags={tags} />
        </ErrorBoundary>
      )}
      {brief !== undefined && reading !== undefined && (
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
    </SidebarRoot>
  );
}
