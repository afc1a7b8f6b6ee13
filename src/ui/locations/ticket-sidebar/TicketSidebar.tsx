import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { briefFromReading } from '../../../core/brief';
import type { HandoffReading, PartialContextPackage } from '../../../core/contract';
import { hasHandoffTag } from '../../../zendesk/ticket';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { useZendesk } from '../../app/zendesk-context';
import { useI18n } from '../../i18n';
import { BriefPanel } from './brief/BriefPanel';
import { SidebarGlobalStyle, SidebarRoot, VisuallyHidden } from './layout';
import { useMarkPainted } from './mark-painted';
import { readBotName, readReplyOpeningEnabled, readRuleLabels } from '../../../zendesk/settings';
import { useAutoResize } from './use-auto-resize';
import { useTicketHandoff } from './use-ticket-handoff';

// Its own chunk, asked for with the first render and shown just after the brief's first paint.
const AfterBrief = lazy(() => import('./AfterBrief'));

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
 * The ticket sidebar: the 30-second brief first, then (a moment later, see AfterBrief) the full
 * transcript one click away, the agent's verdict and the details. Each region has its own error
 * boundary.
 */
export function TicketSidebar() {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const { client, metadata, context } = useZendesk();
  const { state, retry } = useTicketHandoff();
  const [afterShown, setAfterShown] = useState(false);
  const showAfter = useCallback(() => setAfterShown(true), []);

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
  const judgedTicketId = judges ? ticketId : undefined;
  const hasAfter = brief !== undefined || judgedTicketId !== undefined;

  const settled = state.status !== 'loading';
  // One resize, to the whole sidebar: once the regions after the brief are on the page too.
  useAutoResize(root, client, settled && (!hasAfter || afterShown));
  useMarkPainted(settled);

  return (
    <SidebarRoot ref={root} data-app="ticket-sidebar">
      <SidebarGlobalStyle />
      <VisuallyHidden as="h1">{t('app.name')}</VisuallyHidden>
      <ErrorBoundary>
        <BriefPanel state={state} reading={reading} onRetry={retry} />
      </ErrorBoundary>
      {hasAfter && handoff !== undefined && reading !== undefined && (
        <ErrorBoundary onFailed={showAfter}>
          <Suspense fallback={null}>
            <AfterBrief
              handoff={handoff}
              reading={reading}
              brief={brief}
              pkg={pkg}
              botName={botName}
              canDraft={readReplyOpeningEnabled(settings)}
              judgedTicketId={judgedTicketId}
              onShown={showAfter}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </SidebarRoot>
  );
}
