import type { DemoLocation } from '../demo-zaf-data';

interface AppJson {
  readonly apps: readonly {
    readonly asset_url_prefix: string;
    readonly locations: { readonly support: Record<string, { readonly url: string }> };
  }[];
  readonly installations: readonly { readonly settings: readonly Record<string, unknown>[] }[];
}

/**
 * Reads what `zcli apps:server` serves (the same app.json Zendesk loads with `?zcli_apps=true`):
 * the location's page URL and the installation's settings, which start as the manifest defaults.
 */
export async function readAppServer(
  appServer: string,
  place: DemoLocation,
): Promise<{ url: string; settings: Record<string, string> }> {
  const response = await fetch(`${appServer}/app.json`);
  if (!response.ok) throw new Error(`zcli apps:server answered ${response.status}`);
  const json = (await response.json()) as AppJson;
  const app = json.apps[0];
  const location = app?.locations.support[place];
  if (app === undefined || location === undefined)
    throw new Error(`The app has no ${place} location`);
  // zcli serves dist/assets under the prefix, and location URLs are relative to the app root.
  const url = new URL(location.url.replace(/^assets\//, ''), app.asset_url_prefix);
  const settings: Record<string, string> = {};
  for (const entry of json.installations[0]?.settings ?? []) {
    for (const [key, value] of Object.entries(entry)) {
      if (key !== 'title')
        settings[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  return { url: url.toString(), settings };
}
