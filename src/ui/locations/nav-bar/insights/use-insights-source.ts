import { useEffect, useState } from 'react';
import { readStoredRules, type StoredRules } from '../../../../core/rule-revisions';
import type { ZendeskClient } from '../../../../zendesk';
import { loadRules } from '../../../../zendesk/settings';
import { useZendesk, type ZendeskSession } from '../../../app/zendesk-context';
import { contextFieldIdFor } from '../context-field';

export interface InsightsSource {
  readonly rules: StoredRules;
  /** The context package's field; undefined when no source knows it. */
  readonly contextFieldId: number | undefined;
}

/**
 * The rules as stored now (another tab may have saved since the app loaded); when they cannot be
 * read, the rules the app loaded with. Either way invalid rules become the defaults, with a note.
 */
async function currentRules(
  client: ZendeskClient,
  session: Pick<ZendeskSession, 'metadata'>,
): Promise<StoredRules> {
  try {
    return await loadRules(client, session.metadata.installationId);
  } catch {
    return readStoredRules(session.metadata.settings);
  }
}

/** What Insights counts against: undefined while it is being read (never fails: see above). */
export function useInsightsSource(): InsightsSource | undefined {
  const { client, metadata, context } = useZendesk();
  const [source, setSource] = useState<InsightsSource>();
  useEffect(() => {
    let live = true;
    const session = { metadata, context };
    void Promise.all([currentRules(client, session), contextFieldIdFor(client, session)]).then(
      ([rules, fieldId]) => live && setSource({ rules, contextFieldId: fieldId }),
    );
    return () => {
      live = false;
    };
  }, [client, metadata, context]);
  return source;
}
