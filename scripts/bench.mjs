// `npm run bench`: prints every budget figure in one run. Figures, never pass/fail on time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildBaseline, kb, measureEntry } from './bench/bundle-size.mjs';

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

function section(title) {
  console.log(`\n== ${title} ==`);
}

function runTs(file) {
  if (!existsSync(file)) return console.log(`(skipped: ${file} not present)`);
  const run = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}

section('Bundle size (first-load JS, built the same way)');
spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const baseline = measureEntry(await buildBaseline());
const sidebar = measureEntry('dist/assets/sidebar.html');
const navBar = measureEntry('dist/assets/nav_bar.html');
const row = (name, m) =>
  console.log(
    `${name.padEnd(34)} raw ${kb(m.firstLoad.raw).padStart(10)}  gzip ${kb(m.firstLoad.gzip).padStart(9)}  (${m.firstLoad.files} files)`,
  );
row('empty ZAF + React + Garden app', baseline);
row('ticket sidebar', sidebar);
row('nav_bar (rules editor + insights)', navBar);
console.log(
  `sidebar / empty app, gzip: ${ratio(sidebar.firstLoad.gzip, baseline.firstLoad.gzip)}; raw: ${ratio(sidebar.firstLoad.raw, baseline.firstLoad.raw)}`,
);
console.log(
  `sidebar gzip added over the floor: ${kb(sidebar.firstLoad.gzip - baseline.firstLoad.gzip)}`,
);
console.log(
  `sidebar's first script, which connects to Zendesk while the rest loads: raw ${kb(sidebar.firstScript.raw)}, gzip ${kb(sidebar.firstScript.gzip)} (${sidebar.firstScript.files} files)`,
);

if (existsSync('scripts/bench/paint-time.mjs')) {
  section('Brief paint time in Chromium (median of 11, loopback then as from a CDN)');
  const { benchPaintTime } = await import('./bench/paint-time.mjs');
  await benchPaintTime();
}

section('Routing rules: evaluate');
runTs('tests/bench/evaluate-bench.ts');

section('Insights: requests and wall time');
runTs('tests/bench/insights-bench.ts');

section('Transcript rendering');
runTs('tests/bench/transcript-bench.ts');
