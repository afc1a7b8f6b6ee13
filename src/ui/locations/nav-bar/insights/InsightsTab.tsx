import { LoadingState } from '../../../components/LoadingState';
import { useZendesk } from '../../../app/zendesk-context';
import { DEFAULT_INSIGHTS_OPTIONS, type InsightsOptions } from './insights-options';
import { InsightsPanel } from './InsightsPanel';
import { InsightsRoot } from './styles';
import { useInsightsSource } from './use-insights-source';

/**
 * The Insights tab: how often each routing rule fires, whether agents judged those handoffs
 * needed, and what that suggests. Reads the current rules and the context field, then the
 * handoffs of the last 90 days; the figures follow the rules as they are now.
 */
export default function InsightsTab({
  options = DEFAULT_INSIGHTS_OPTIONS,
}: {
  options?: InsightsOptions;
}) {
  const { metadata } = useZendesk();
  const source = useInsightsSource();
  return (
    <InsightsRoot>
      {source === undefined ? (
        <LoadingState lines={8} />
      ) : (
        <InsightsPanel
          key={`${metadata.installationId}:${source.contextFieldId ?? ''}`}
          source={source}
          options={options}
        />
      )}
    </InsightsRoot>
  );
}
