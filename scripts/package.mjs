// `npm run package`: build the app into dist/, package it with the real `zcli apps:package`, then run
// the offline checks of what Zendesk's upload validation would refuse. Without Zendesk credentials
// zcli still writes the zip but exits 2 when it cannot ask Zendesk to validate it; that alone is not
// a failure here. With credentials, zcli's server-side verdict is passed through.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = resolve(import.meta.dirname, '..');
const appDir = join(root, 'dist');
const zipDir = join(appDir, 'tmp');
const bin = (name) => join(root, 'node_modules/.bin', name);
const CREDENTIALS = ['ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'];

const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Only this run's zip may be in dist/tmp, so the one found below is the one zcli just wrote.
rmSync(zipDir, { recursive: true, force: true });
const zcli = spawnSync(bin('zcli'), ['apps:package', appDir], { cwd: root, encoding: 'utf8' });
process.stdout.write(zcli.stdout ?? '');
process.stderr.write(zcli.stderr ?? '');
const zips = existsSync(zipDir) ? readdirSync(zipDir).filter((name) => name.endsWith('.zip')) : [];
const zip = zips.length === 1 ? join(zipDir, zips[0]) : undefined;

const { checkAppFolder, checkPackage, formatProblems } = await tsImport(
  './app-checks/index.ts',
  import.meta.url,
);
const problems = [...checkAppFolder(appDir), ...(zip === undefined ? [] : checkPackage(zip))];

console.log('\n── offline app checks ──');
if (problems.length === 0) console.log('ok: nothing Zendesk would refuse was found');
else console.error(`${problems.length} problem(s):\n${formatProblems(problems)}`);

const hasCredentials = CREDENTIALS.every((name) => (process.env[name] ?? '') !== '');
const refusedForCredentials =
  zcli.status === 2 &&
  !hasCredentials &&
  /Authorization failed/i.test(`${zcli.stdout}${zcli.stderr}`);

console.log('\n── package ──');
if (zip === undefined) {
  console.error('zcli wrote no zip; see its output above.');
  process.exit(zcli.status || 1);
}
const shown = relative(root, zip);
if (refusedForCredentials) {
  console.log(
    `zip written to ${shown}; server-side validation skipped: no credentials (set ${CREDENTIALS.join(', ')} to run it).`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
console.log(
  zcli.status === 0
    ? `zip written to ${shown}; Zendesk validated it.`
    : `zip written to ${shown}; zcli exited ${zcli.status}: see its output above.`,
);
process.exit(problems.length > 0 ? 1 : (zcli.status ?? 1));
