import { LoadingState } from '../../../components/LoadingState';
import { useZendesk } from '../../../app/zendesk-context';
import { insightsCacheKey } from './insights-cache';
import { DEFAULT_INSIGHTS_OPTIONS, type InsightsOptions } from './insights-options';
import { InsightsPanel } from './InsightsPanel';
import { InsightsRoot } from './styles';
import { useInsightsSource } from './use-insights-source';

/**
 * The Insights tab: how often each routing rule fires, whether agents judged those handoffs
 * needed, and what that suggests. Reads the current rules, then their figures (cached for the
 * session per installation and rules revision).
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
          key={insightsCacheKey(metadata.installationId, source.rules.ruleSet)}
          source={source}
          options={options}
        />
      )}
    </InsightsRoot>
  );
}
