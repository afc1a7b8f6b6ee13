import { isObject, type JsonObject } from '../../src/core/shared';
import type { AppFolder } from './app-folder';
import { checkIconMarkup } from './check-svg';
import { problem, type Problem } from './problem';
import { ICON_LOCATIONS, LOCATION_OPTIONS, SUPPORT_LOCATIONS } from './zendesk-rules';

const FILE = 'manifest.json';

/** Every location points at a page inside the package, and icon locations have their tintable SVG. */
export function checkLocations(manifest: JsonObject, folder: AppFolder): Problem[] {
  const products = manifest['location'];
  if (products === undefined) return [];
  if (!isObject(products))
    return [problem('manifest_field_type', FILE, '"location" must be an object')];
  const problems: Problem[] = [];
  for (const [product, locations] of Object.entries(products)) {
    if (product !== 'support' || !isObject(locations)) {
      problems.push(
        problem('location_unknown', FILE, `"${product}" is not a Zendesk Support product key`),
      );
      continue;
    }
    for (const [name, options] of Object.entries(locations)) {
      problems.push(...checkLocation(name, options, folder));
    }
  }
  return problems;
}

function checkLocation(name: string, options: unknown, folder: AppFolder): Problem[] {
  if (!SUPPORT_LOCATIONS.some((known) => known === name)) {
    return [problem('location_unknown', FILE, `"${name}" is not a Zendesk Support location`)];
  }
  const settings: JsonObject = isObject(options) ? options : { url: options };
  const problems: Problem[] = [];
  for (const key of Object.keys(settings)) {
    if (!LOCATION_OPTIONS.some((known) => known === key)) {
      problems.push(
        problem('location_option_unknown', FILE, `${name}: Zendesk ignores the option "${key}"`),
      );
    }
  }
  problems.push(...checkUrl(name, settings['url'], folder));
  if (ICON_LOCATIONS.some((located) => located === name)) problems.push(...checkIcon(name, folder));
  return problems;
}

function checkUrl(name: string, url: unknown, folder: AppFolder): Problem[] {
  if (typeof url !== 'string' || url === '') {
    return [problem('location_url_invalid', FILE, `${name} has no "url"`)];
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return url.startsWith('https://')
      ? []
      : [
          problem(
            'location_url_invalid',
            FILE,
            `${name}: an absolute "url" must be https (${url})`,
          ),
        ];
  }
  const path = url.split(/[?#]/)[0] ?? '';
  if (!path.startsWith('assets/')) {
    return [problem('location_url_invalid', FILE, `${name}: "url" must be under assets/ (${url})`)];
  }
  return folder.has(path)
    ? []
    : [problem('location_file_missing', FILE, `${name}: ${path} is not in the package`)];
}

function checkIcon(name: string, folder: AppFolder): Problem[] {
  const svg = `assets/icon_${name}.svg`;
  if (folder.has(svg)) return checkIconMarkup(folder.readText(svg), svg);
  if (folder.has(`assets/icon_${name}_inactive.png`)) return [];
  return [
    problem('location_icon_missing', svg, `is missing: Zendesk shows it as the ${name} button`),
  ];
}
