import manifest from '../../../manifest.json';
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

/**
 * Every setting the app owns: the manifest's parameters. Read when a write is built, not as the
 * module loads, so a location that never writes settings (the sidebar) leaves the manifest out.
 */
const appSettingNames = (): readonly string[] => manifest.parameters.map((p) => p.name);

function settingText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The body of an installation write: every setting the app owns, `changes` over `current`.
 * Zendesk does not document whether a write keeps the settings it omits, so none is omitted.
 */
function settingsToWrite(
  current: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, string>>,
): Record<string, string> {
  const names = appSettingNames();
  const unknown = Object.keys(changes).filter((name) => !names.includes(name));
  if (unknown.length > 0)
    throw new Error(`Not a setting of this app's manifest: ${unknown.join(', ')}`);
  return Object.fromEntries(
    names.map((name) => [name, changes[name] ?? settingText(current[name])]),
  );
}

/** Update App Installation (admins only) with every setting the app owns. */
export async function writeInstallationSettings(
  client: ZendeskClient,
  installationId: number,
  current: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, string>>,
): Promise<void> {
  await client.request({
    url: installationUrl(installationId),
    method: 'PUT',
    body: { settings: settingsToWrite(current, changes) },
  });
}
