// One gate that can fail: every check runs, each is reported, and the exit code is non-zero if any failed.
//
// Two lanes share the machine's two cores. Vitest runs a project whose files go one at a time (the
// browser tests) after every other project has finished, leaving a core idle for that whole
// stretch, so the browser tests run as a Vitest process of their own beside the other checks.
// The browser lane's output is kept and printed after the first lane's, so the log reads in order;
// tmp/browser-tests.log has it as it comes, should a run be stopped before the end.
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';

const reports = {
  checks: 'tmp/vitest-report.json',
  browser: 'tmp/vitest-browser-report.json',
};
const vitest = (report, projects) => [
  'vitest',
  'run',
  ...projects.flatMap((project) => ['--project', project]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
];

const checksLane = [
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
  ['unit and component tests', 'npx', vitest(reports.checks, ['unit', 'component'])],
];
// The pure core's checks close this lane, which is otherwise the shorter one.
const browserLane = [
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['browser tests', 'npx', vitest(reports.browser, ['e2e'])],
  ['typecheck (pure core)', 'npx', ['tsc', '-p', 'src/core/tsconfig.json', '--noEmit']],
  ['core package (pack, install, run a tiny bot)', 'node', ['scripts/check-core-package.mjs']],
];

if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
  console.error(
    'Browser tests need Chromium at /usr/bin/chromium: apt-get install -y chromium (bash .ci/run does it).',
  );
}

/** Runs one step; its output goes to the terminal, or to `keep` when given. */
function runStep([name, command, args], env, keep) {
  if (keep === undefined) console.log(`\n── ${name} ──`);
  else keep(`\n── ${name} ──\n`);
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: keep === undefined ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    // Decoded as UTF-8 per stream, so a character split between two chunks stays whole.
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (text) => keep?.(text));
    }
    child.on('error', (error) => {
      keep?.(`${String(error)}\n`);
      done([name, false]);
    });
    child.on('close', (code) => done([name, code === 0]));
  });
}

/**
 * Runs a lane's steps in order. The browser tests load the app the build step before them made
 * (HANDOFF_APP_BUILT), unless an earlier step of their lane failed: their setup then builds it
 * again and fails the same way, in their own report.
 */
async function runLane(steps, keep) {
  const results = [];
  for (const step of steps) {
    const built = results.every(([, passed]) => passed) ? '1' : '0';
    results.push(await runStep(step, { HANDOFF_APP_BUILT: built }, keep));
  }
  return results;
}

mkdirSync('tmp', { recursive: true });
// A report left by an earlier run must not count for this one.
for (const report of Object.values(reports)) rmSync(report, { force: true });
const browserLog = 'tmp/browser-tests.log';
writeFileSync(browserLog, '');
const kept = [];
const keep = (text) => {
  kept.push(text);
  appendFileSync(browserLog, text);
};
const [checks, browser] = await Promise.all([runLane(checksLane), runLane(browserLane, keep)]);
process.stdout.write(kept.join(''));

const results = [...checks, ...browser];
console.log('\n── summary ──');
for (const [name, passed] of results) console.log(`${passed ? 'ok  ' : 'FAIL'} ${name}`);
let passedTests = 0;
let failedTests = 0;
for (const report of Object.values(reports)) {
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passedTests += json.numPassedTests;
  failedTests += json.numFailedTests + json.numFailedTestSuites;
}
console.log(`tests: ${passedTests} passed, ${failedTests} failed`);
process.exit(results.every(([, passed]) => passed) ? 0 : 1);
