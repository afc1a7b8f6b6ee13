import type { ZendeskClient } from '../../../zendesk';
import { localFieldIdCache, resolveContextFieldId } from '../../../zendesk/ticket';
import type { ZendeskSession } from '../../app/zendesk-context';

/**
 * The context package's field id for this installation, or undefined when none is found or the
 * lookup failed: the tab then says the field is unknown rather than failing.
 */
export async function contextFieldIdFor(
  client: ZendeskClient,
  session: Pick<ZendeskSession, 'metadata' | 'context'>,
): Promise<number | undefined> {
  const found = await resolveContextFieldId(client, {
    installationId: session.metadata.installationId,
    setting: session.metadata.settings['context_field_id'],
    location: session.context.location,
    cache: localFieldIdCache(),
  }).catch(() => undefined);
  return found?.kind === 'found' ? found.id : undefined;
}
