import { isObject, type JsonObject } from '../../src/core/shared';
import { readJson, type AppFolder } from './app-folder';
import { problem, type Problem } from './problem';
import { FRAMEWORK_VERSIONS, MANIFEST_KEYS } from './zendesk-rules';

const FILE = 'manifest.json';
// semver.org's grammar: no leading zeros, optional pre-release and build metadata.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(\+[0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const STRING_FIELDS = ['name', 'defaultLocale', 'version', 'frameworkVersion'] as const;
const BOOLEAN_FIELDS = [
  'private',
  'singleInstall',
  'signedUrls',
  'requirementsOnly',
  'marketingOnly',
] as const;

export type ManifestRead =
  | { readonly manifest: JsonObject; readonly problems: readonly Problem[] }
  | { readonly manifest: undefined; readonly problems: readonly Problem[] };

/** Reads manifest.json and checks the fields a public Support app needs; locations and parameters have their own checks. */
export function checkManifest(folder: AppFolder): ManifestRead {
  if (!folder.has(FILE)) {
    return { manifest: undefined, problems: [problem('manifest_missing', FILE, 'is missing')] };
  }
  const read = readJson(folder, FILE, 'manifest_not_json');
  if (!read.ok) return { manifest: undefined, problems: [read.problem] };
  if (!isObject(read.value)) {
    return {
      manifest: undefined,
      problems: [problem('manifest_not_json', FILE, 'is not a JSON object')],
    };
  }
  const manifest = read.value;
  return { manifest, problems: [...checkFields(manifest), ...checkAuthor(manifest['author'])] };
}

function checkFields(manifest: JsonObject): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(manifest)) {
    if (!MANIFEST_KEYS.some((known) => known === key)) {
      problems.push(
        problem('manifest_key_unknown', FILE, `"${key}" is not a manifest key Zendesk reads`),
      );
    }
  }
  for (const field of [...STRING_FIELDS, 'location']) {
    if (manifest[field] === undefined) {
      problems.push(problem('manifest_field_missing', FILE, `has no "${field}"`));
    }
  }
  for (const field of STRING_FIELDS) {
    const value = manifest[field];
    if (value !== undefined && typeof value !== 'string') {
      problems.push(problem('manifest_field_type', FILE, `"${field}" must be a string`));
    }
  }
  for (const field of BOOLEAN_FIELDS) {
    const value = manifest[field];
    if (value !== undefined && typeof value !== 'boolean') {
      problems.push(problem('manifest_field_type', FILE, `"${field}" must be true or false`));
    }
  }
  const { version, frameworkVersion } = manifest;
  if (typeof version === 'string' && !SEMVER.test(version)) {
    problems.push(
      problem('manifest_version_not_semver', FILE, `"version" ${version} is not semver (1.2.3)`),
    );
  }
  if (
    typeof frameworkVersion === 'string' &&
    !FRAMEWORK_VERSIONS.some((v) => v === frameworkVersion)
  ) {
    problems.push(
      problem(
        'manifest_framework_version',
        FILE,
        `"frameworkVersion" ${frameworkVersion} is not one Zendesk serves (${FRAMEWORK_VERSIONS.join(', ')})`,
      ),
    );
  }
  if (manifest['singleInstall'] !== true) {
    problems.push(
      problem(
        'manifest_single_install',
        FILE,
        '"singleInstall" must be true: two installations would write one set of rules twice',
      ),
    );
  }
  if (manifest['private'] !== false) {
    problems.push(
      problem('manifest_private', FILE, '"private" must be false for a Marketplace app'),
    );
  }
  return problems;
}

function checkAuthor(author: unknown): Problem[] {
  if (author === undefined) return [problem('manifest_field_missing', FILE, 'has no "author"')];
  if (!isObject(author))
    return [problem('manifest_field_type', FILE, '"author" must be an object')];
  const problems: Problem[] = [];
  for (const field of ['name', 'email', 'url']) {
    const value = author[field];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(problem('manifest_field_missing', FILE, `has no "author.${field}"`));
    }
  }
  const { email, url } = author;
  if (typeof email === 'string' && email !== '' && !EMAIL.test(email)) {
    problems.push(
      problem('manifest_author_invalid', FILE, `"author.email" ${email} is not an address`),
    );
  }
  if (typeof url === 'string' && url !== '' && !isWebUrl(url)) {
    problems.push(
      problem('manifest_author_invalid', FILE, `"author.url" ${url} is not an http(s) URL`),
    );
  }
  return problems;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
