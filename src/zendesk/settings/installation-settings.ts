import { isObject } from '../../core/shared';
import type { ZendeskClient } from '../zendesk-client';
import { ZendeskFailure } from '../zendesk-error';

const installationUrl = (installationId: number) =>
  `/api/v2/apps/installations/${installationId}.json`;

/**
 * The installation's settings as stored now. `client.metadata()` is a snapshot taken when the app
 * loaded; a save must compare against what another admin may have written since.
 */
export async function readInstallationSettings(
  client: ZendeskClient,
  installationId: number,
): Promise<Readonly<Record<string, unknown>>> {
  const url = installationUrl(installationId);
  const body = await client.request<unknown>({ url });
  const settings = isObject(body) ? body['settings'] : undefined;
  if (!isObject(settings)) {
    throw new ZendeskFailure({ kind: 'malformed_response', operation: `GET ${url}` });
  }
  return settings;
}

/** Zendesk merges the given settings into the installation's; admins only. */
export async function writeInstallationSettings(
  client: ZendeskClient,
  installationId: number,
  settings: Readonly<Record<string, string>>,
): Promise<void> {
  await client.request({
    url: installationUrl(installationId),
    method: 'PUT',
    body: { settings },
  });
}
