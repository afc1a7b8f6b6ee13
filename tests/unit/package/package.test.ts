import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLocationIcons } from '@zendesk/zcli-apps/dist/lib/buildAppJSON.js';
import { createAppPkg } from '@zendesk/zcli-apps/dist/lib/package.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackage, readZipEntries, type ProblemCode } from '../../../scripts/app-checks';
import { buildApp, copyApp, removeTempFolders } from './built-app';

const entriesOf = (zip: string) => readZipEntries(readFileSync(zip)) ?? [];

let built: string;
let zip: string;
beforeAll(async () => {
  built = await buildApp();
  zip = await createAppPkg(built, 'tmp');
});
afterAll(removeTempFolders);

describe("the zip zcli's createAppPkg makes of the built app", () => {
  it('holds the manifest, requirements, translations, both location pages, their scripts and the logos', () => {
    const files = entriesOf(zip).filter((entry) => !entry.endsWith('/'));
    expect(files).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'requirements.json',
        'translations/en.json',
        'assets/sidebar.html',
        'assets/nav_bar.html',
        'assets/logo.png',
        'assets/logo-small.png',
        'assets/icon_nav_bar.svg',
      ]),
    );
    expect(files.filter((file) => /^assets\/js\/[^/]+\.js$/.test(file)).length).toBeGreaterThan(0);
    const expected =
      /^(manifest|requirements)\.json$|^translations\/[\w-]+\.json$|^assets\/(js\/)?[\w.-]+$/;
    expect(files.filter((file) => !expected.test(file))).toEqual([]);
  });

  it('passes the package checks: under 2 MB, manifest at the root, nothing stray', () => {
    expect(checkPackage(zip)).toEqual([]);
  });

  it('lets zcli find the nav bar icon Zendesk tints', () => {
    const manifest = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8')) as {
      location: Record<string, Record<string, unknown>>;
    };
    expect(getLocationIcons(built, manifest.location)).toEqual({
      support: { nav_bar: { svg: 'icon_nav_bar.svg' } },
    });
  });
});

describe('checkPackage', () => {
  const STRAY: readonly (readonly [string, (app: string) => void, ProblemCode])[] = [
    [
      'a source map',
      (app) => writeFileSync(join(app, 'assets/js/sidebar.js.map'), '{}'),
      'package_entry_forbidden',
    ],
    [
      "zcli's local settings when .zcliignore is gone",
      (app) => rmSync(join(app, '.zcliignore')),
      'package_entry_forbidden',
    ],
    [
      'node_modules',
      (app) => {
        mkdirSync(join(app, 'node_modules/left-pad'), { recursive: true });
        writeFileSync(join(app, 'node_modules/left-pad/index.js'), '');
      },
      'package_entry_forbidden',
    ],
    [
      'a test file',
      (app) => writeFileSync(join(app, 'assets/js/brief.test.js'), ''),
      'package_entry_forbidden',
    ],
    [
      'more than Zendesk accepts',
      (app) => writeFileSync(join(app, 'assets/noise.png'), randomBytes(2_100_000)),
      'package_too_large',
    ],
  ];

  it.each(STRAY)('reports a zip holding %s', async (_name, addStray, code) => {
    const app = copyApp(built);
    addStray(app);
    const problems = checkPackage(await createAppPkg(app, 'tmp'));
    expect([...new Set(problems.map((p) => p.code))]).toEqual([code]);
  });

  it('reports a file that is not a zip', () => {
    const app = copyApp(built);
    const notZip = join(app, 'not-a.zip');
    writeFileSync(notZip, 'not a zip');
    expect(checkPackage(notZip).map((p) => p.code)).toEqual(['package_unreadable']);
  });
});
