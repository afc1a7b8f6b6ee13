// One gate that can fail: every check runs, each is reported, and the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const vitestReport = 'tmp/vitest-report.json';
const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['typecheck (app)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  // Exports nothing imports, then exports only tests import: a module's index.ts is its public
  // API; anything else a test needs is tagged @internal with the reason (knip.json).
  ['unused exports', 'npx', ['knip', '--include', 'exports,duplicates', '--no-progress']],
  [
    'exports only tests use',
    'npx',
    ['knip', '--production', '--include', 'exports', '--no-progress'],
  ],
  ['typecheck (pure core)', 'npx', ['tsc', '-p', 'src/core/tsconfig.json', '--noEmit']],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['core package (pack, install, run a tiny bot)', 'node', ['scripts/check-core-package.mjs']],
  [
    'unit, component and browser tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  ],
];

if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
  console.error(
    'Browser tests need Chromium at /usr/bin/chromium: apt-get install -y chromium (bash .ci/run does it).',
  );
}

mkdirSync('tmp', { recursive: true });
const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n── ${name} ──`);
  // The build step above already built the app the browser tests load.
  const run = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, HANDOFF_APP_BUILT: results.every(([, ok]) => ok) ? '1' : '0' },
  });
  results.push([name, run.status === 0]);
}

console.log('\n── summary ──');
for (const [name, passed] of results) console.log(`${passed ? 'ok  ' : 'FAIL'} ${name}`);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  const failed = report.numFailedTests + report.numFailedTestSuites;
  console.log(`tests: ${report.numPassedTests} passed, ${failed} failed`);
}
process.exit(results.every(([, passed]) => passed) ? 0 : 1);
