import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemCode } from '../../../scripts/app-checks';
import { editJson } from './built-app';

type Json = Record<string, unknown>;
const manifestOf = (app: string) => join(app, 'manifest.json');
const enOf = (app: string) => join(app, 'translations/en.json');
const parameters = (manifest: Json) => manifest['parameters'] as Json[];
const parameter = (manifest: Json, name: string) =>
  parameters(manifest).find((p) => p['name'] === name) as Json;
const appKeys = (en: Json) => en['app'] as Json;
const navBar = (manifest: Json) =>
  ((manifest['location'] as Json)['support'] as Json)['nav_bar'] as Json;

/** One way to break a built app, and the one problem the checks must report for it. */
export type BrokenApp = readonly [name: string, breakApp: (app: string) => void, code: ProblemCode];

export const BROKEN_APPS: readonly BrokenApp[] = [
  ['manifest.json is missing', (app) => rmSync(manifestOf(app)), 'manifest_missing'],
  [
    'manifest.json is not JSON',
    (app) => writeFileSync(manifestOf(app), '{"name":'),
    'manifest_not_json',
  ],
  [
    'the author has no email',
    (app) => editJson(manifestOf(app), (m) => delete (m['author'] as Json)['email']),
    'manifest_field_missing',
  ],
  [
    'the version is not semver',
    (app) => editJson(manifestOf(app), (m) => (m['version'] = '1.0')),
    'manifest_version_not_semver',
  ],
  [
    'frameworkVersion is one Zendesk no longer serves',
    (app) => editJson(manifestOf(app), (m) => (m['frameworkVersion'] = '1.0')),
    'manifest_framework_version',
  ],
  [
    'the app is private',
    (app) => editJson(manifestOf(app), (m) => (m['private'] = true)),
    'manifest_private',
  ],
  [
    'the app may be installed twice',
    (app) => editJson(manifestOf(app), (m) => delete m['singleInstall']),
    'manifest_single_install',
  ],
  [
    'the manifest carries a key Zendesk does not read',
    (app) => editJson(manifestOf(app), (m) => (m['singleInstal'] = true)),
    'manifest_key_unknown',
  ],
  [
    'a location page is missing',
    (app) => rmSync(join(app, 'assets/sidebar.html')),
    'location_file_missing',
  ],
  [
    'a location url points outside assets/',
    (app) => editJson(manifestOf(app), (m) => (navBar(m)['url'] = 'nav_bar.html')),
    'location_url_invalid',
  ],
  [
    'a location carries an option Zendesk ignores',
    (app) => editJson(manifestOf(app), (m) => (navBar(m)['svg'] = 'assets/logo.svg')),
    'location_option_unknown',
  ],
  [
    'the nav bar icon is missing',
    (app) => rmSync(join(app, 'assets/icon_nav_bar.svg')),
    'location_icon_missing',
  ],
  [
    'the nav bar icon paints its own colour',
    (app) =>
      writeFileSync(
        join(app, 'assets/icon_nav_bar.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><circle cx="9" cy="9" r="5" fill="#ff0000"/></svg>',
      ),
    'icon_not_tintable',
  ],
  [
    'an SVG carries a script',
    (app) =>
      writeFileSync(
        join(app, 'assets/logo.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><script>alert(1)</script></svg>',
      ),
    'svg_unsafe',
  ],
  [
    'assets/ holds a file type Zendesk refuses',
    (app) => writeFileSync(join(app, 'assets/notes.txt'), 'notes'),
    'asset_type_not_allowed',
  ],
  [
    'logo.png has the wrong size',
    (app) => copyFileSync(join(app, 'assets/logo-small.png'), join(app, 'assets/logo.png')),
    'image_wrong_size',
  ],
  [
    'logo-small.png is not a PNG',
    (app) => writeFileSync(join(app, 'assets/logo-small.png'), '<svg/>'),
    'image_not_png',
  ],
  [
    'logo.png has no alpha channel',
    (app) => setPngColourType(join(app, 'assets/logo.png'), 2),
    'image_no_alpha',
  ],
  [
    'a secret parameter is not secure',
    (app) => addParameter(app, { name: 'api_token', type: 'text', secure: false }),
    'parameter_secret_not_secure',
  ],
  [
    'a parameter has an unknown type',
    (app) => editJson(manifestOf(app), (m) => (parameter(m, 'bot_name')['type'] = 'password')),
    'parameter_type_invalid',
  ],
  [
    'a hidden parameter is required',
    (app) =>
      editJson(manifestOf(app), (m) => (parameter(m, 'routing_rules_history')['required'] = true)),
    'parameter_hidden_required',
  ],
  [
    'a hidden parameter has a default',
    (app) =>
      editJson(manifestOf(app), (m) => (parameter(m, 'routing_rules_history')['default'] = '[]')),
    'parameter_hidden_default',
  ],
  [
    'a parameter has no help text',
    (app) =>
      editJson(
        enOf(app),
        (en) => delete ((appKeys(en)['parameters'] as Json)['bot_name'] as Json)['helpText'],
      ),
    'translation_key_missing',
  ],
  [
    'a Marketplace key is missing',
    (app) => editJson(enOf(app), (en) => delete appKeys(en)['installation_instructions']),
    'translation_key_missing',
  ],
  [
    'the short description is too long',
    (app) => editJson(enOf(app), (en) => (appKeys(en)['short_description'] = 'x'.repeat(81))),
    'translation_too_long',
  ],
  [
    'a translation file is not named for a locale',
    (app) => copyFileSync(enOf(app), join(app, 'translations/english.json')),
    'translation_locale_invalid',
  ],
  [
    'the default locale has no translation file',
    (app) => editJson(manifestOf(app), (m) => (m['defaultLocale'] = 'it')),
    'translation_default_missing',
  ],
  [
    'requirements.json is not JSON',
    (app) => writeFileSync(join(app, 'requirements.json'), '{'),
    'requirements_not_json',
  ],
  [
    'requirements.json has an unknown type',
    (app) => editJson(join(app, 'requirements.json'), (r) => (r['ticket_field'] = {})),
    'requirement_type_unknown',
  ],
  [
    'the ticket field has a type Zendesk lacks',
    (app) =>
      editJson(
        join(app, 'requirements.json'),
        (r) => (((r['ticket_fields'] as Json)['handoff_context'] as Json)['type'] = 'multiline'),
      ),
    'ticket_field_type_invalid',
  ],
];

/** Rewrites the colour type in the IHDR header, which is all the check reads. */
function setPngColourType(file: string, colourType: number): void {
  const bytes = readFileSync(file);
  bytes.writeUInt8(colourType, 25);
  writeFileSync(file, bytes);
}

function addParameter(app: string, added: Json): void {
  const name = String(added['name']);
  editJson(manifestOf(app), (m) => parameters(m).push(added));
  // Translated in every locale file, so the secret is the only thing wrong.
  for (const file of readdirSync(join(app, 'translations'))) {
    editJson(join(app, 'translations', file), (messages) => {
      (appKeys(messages)['parameters'] as Json)[name] = {
        label: 'API token',
        helpText: 'A token.',
      };
    });
  }
}
