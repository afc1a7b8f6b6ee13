import { useEffect, useState } from 'react';
import type { StoredRules } from '../../../../core/rule-revisions';
import { ZendeskFailure, type ZendeskError } from '../../../../zendesk';
import { loadRules } from '../../../../zendesk/settings';
import { useZendesk } from '../../../app/zendesk-context';
import { LoadingState } from '../../../components/LoadingState';
import { ZendeskErrorState } from '../../../components/ZendeskErrorState';
import { RulesWorkspace } from './RulesWorkspace';
import { TabRoot } from './styles';
import { DEFAULT_RULES_TIMING, RulesTimingContext, type RulesTiming } from './rules-timing';

type TabState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: ZendeskError }
  | { readonly kind: 'ready'; readonly stored: StoredRules };

/**
 * The Routing rules tab. Reads the rules fresh from the installation (the metadata the app
 * started with may be stale), then hands them to the workspace.
 */
export default function RulesTab({ timing = DEFAULT_RULES_TIMING }: { timing?: RulesTiming }) {
  const { client, metadata } = useZendesk();
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadRules(client, metadata.installationId).then(
      (stored) => live && setState({ kind: 'ready', stored }),
      (reason: unknown) =>
        live &&
        setState({
          kind: 'failed',
          error:
            reason instanceof ZendeskFailure
              ? reason.error
              : { kind: 'sdk', operation: 'load rules', message: String(reason) },
        }),
    );
    return () => {
      live = false;
    };
  }, [client, metadata.installationId, attempt]);
  return <TabRoot>{renderState()}</TabRoot>;

  function renderState() {
    switch (state.kind) {
      case 'loading':
        return <LoadingState lines={8} />;
      case 'failed':
        return (
          <ZendeskErrorState
            error={state.error}
            onRetry={() => {
              setState({ kind: 'loading' });
              setAttempt((n) => n + 1);
            }}
          />
        );
      case 'ready':
        return (
          <RulesTimingContext.Provider value={timing}>
            <RulesWorkspace initial={state.stored} />
          </RulesTimingContext.Provider>
        );
      default: {
        const unreachable: never = state;
        throw new Error(`Unhandled tab state ${JSON.stringify(unreachable)}`);
      }
    }
  }
}
