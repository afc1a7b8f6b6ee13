import type { ZendeskClient } from '../../../../zendesk';
import { localFieldIdCache, resolveContextFieldId } from '../../../../zendesk/ticket';
import type { ZendeskSession } from '../../../app/zendesk-context';

/** The context package's field id for this installation, or undefined when none is found. */
export async function contextFieldIdFor(
  client: ZendeskClient,
  session: Pick<ZendeskSession, 'metadata' | 'currentUser'>,
): Promise<number | undefined> {
  const found = await resolveContextFieldId(client, {
    installationId: session.metadata.installationId,
    setting: session.metadata.settings['context_field_id'],
    isAdmin: session.currentUser.role === 'admin',
    cache: localFieldIdCache(),
  });
  return found.kind === 'found' ? found.id : undefined;
}
