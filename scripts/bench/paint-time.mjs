// Time from the sidebar iframe's navigation to its first painted brief, in Chromium, beside the
// empty ZAF + React + Garden app's first render, and the Zendesk calls each brief costs.
// Figures only: nothing here passes or fails on time.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBaseline } from './bundle-size.mjs';

const root = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const PAINTED = 'handoff-brief:painted';
const FIRST_RENDER = 'first-render';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Built here rather than reusing dist/: a build started under a test runner (NODE_ENV=test)
// bundles development React, which would time the wrong app.
const APP_DIR = 'tmp/bench/app';
const HOST_DIR = 'tmp/bench/demo-host';

function build(args) {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

/**
 * The tickets timed: the lowest-numbered sample (a bot-created ticket with a full package) and
 * the first messaging sample (a compact package joined with the ticket's conversation), or
 * BENCH_TICKET alone.
 */
function sampleTickets() {
  const dir = join(root, 'tests/fixtures/tickets');
  const names = readdirSync(dir)
    .filter((name) => /^\d+-.*\.json$/.test(name))
    .sort();
  const ticket = (name, road) => ({ id: Number(name.split('-')[0]), name, road });
  const wanted = process.env.BENCH_TICKET;
  if (wanted !== undefined) {
    const name = names.find((n) => n.startsWith(`${wanted}-`));
    if (name === undefined) throw new Error(`No sample ticket ${wanted}`);
    return [ticket(name, 'chosen')];
  }
  const isMessaging = (name) =>
    (JSON.parse(readFileSync(join(dir, name), 'utf8')).conversation ?? []).length > 0;
  const classic = names.find((name) => !isMessaging(name));
  const messaging = names.find(isMessaging);
  if (classic === undefined || messaging === undefined) throw new Error('No sample to measure');
  return [
    ticket(classic, 'bot-created ticket'),
    ticket(messaging, 'messaging ticket'),
    { ...ticket(classic, 'bot-created ticket, field id in the settings'), query: '&field=setting' },
  ];
}

/**
 * The empty app as a Zendesk app folder (manifest, translations, zcli settings beside its
 * build), so the same `zcli apps:server` that serves the sidebar serves it.
 */
async function buildBaselineApp() {
  const folder = join(root, 'tmp/bench/baseline-app');
  rmSync(folder, { recursive: true, force: true });
  const html = await buildBaseline(join(folder, 'assets'));
  for (const name of [
    'manifest.json',
    'requirements.json',
    'zcli.apps.config.json',
    'translations',
  ]) {
    cpSync(join(root, APP_DIR, name), join(folder, name), { recursive: true });
  }
  return { folder, page: basename(html) };
}

async function startServers(baselineFolder) {
  const child = spawn(
    'npx',
    ['tsx', 'tests/bench/paint-time-server.ts', APP_DIR, HOST_DIR, baselineFolder],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const urls = await new Promise((done, fail) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const line = text.split('\n').find((l) => l.startsWith('{'));
      if (line !== undefined) done(JSON.parse(line));
    });
    child.on('exit', (code) => fail(new Error(`bench servers exited (${code})`)));
  });
  return { ...urls, stop: () => child.stdin.end() };
}

/** A loopback page that frames the baseline app cross-site, as the host page frames the app. */
async function startFramePage(appUrl) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      `<!doctype html><iframe id="app" src="${appUrl}" style="width:320px;height:600px;border:0"></iframe>`,
    );
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
}

// Runs in the host page: counts what the app asks of Zendesk over the SDK's postMessage protocol.
function countZafTraffic() {
  if (window !== window.top) return;
  const traffic = { get: [], set: 0, invoke: [], rest: [] };
  window.__zafTraffic = traffic;
  window.addEventListener('message', (event) => {
    let data = event.data;
    try {
      if (typeof data === 'string') data = JSON.parse(data);
    } catch {
      return;
    }
    if (data === null || typeof data !== 'object') return;
    if (data.request === 'get') traffic.get.push(data.params.join(','));
    else if (data.request === 'set') traffic.set += 1;
    else if (data.request === 'invoke')
      traffic.invoke.push(Object.keys(data.params ?? {}).join(','));
    else if (typeof data.key === 'string' && data.key.startsWith('request:'))
      traffic.rest.push(`${data.message?.type ?? 'GET'} ${data.message?.url}`);
  });
}

async function markTime(frame, mark) {
  await frame.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 30_000,
  });
  return frame.evaluate((name) => performance.getEntriesByName(name)[0].startTime, mark);
}

async function appFrame(page) {
  const handle = await page.waitForSelector('iframe#app[src]');
  return handle.contentFrame();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const spread = (values) =>
  `median ${ms(median(values))} (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})`;

// Where a load spends its time: the page and bundle arriving (Resource Timing), then the marks the
// app sets (src/ui/app/load-marks.ts) and the painted mark. All from the frame's navigation.
const PHASE_MARKS = [
  ['bundle evaluating', 'handoff-brief:evaluating'],
  ['bundle run', 'handoff-brief:script-run'],
  ['ZAF registered', 'handoff-brief:zaf-registered'],
  ['ticket read', 'handoff-brief:ticket-read'],
  ['agent known', 'handoff-brief:shell-ready'],
  ['painted', PAINTED],
  ['frame sized', 'handoff-brief:frame-sized'],
];

function readPhases(marks) {
  const at = {};
  const [navigation] = performance.getEntriesByType('navigation');
  if (navigation !== undefined) at['page loaded'] = navigation.responseEnd;
  // The first load's scripts: asked for before the first script ran (later ones, the regions
  // after the brief or a language, load after the first paint).
  const [started] = performance.getEntriesByName(marks[0][1], 'mark');
  const scripts = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith('.js'))
    .filter((entry) => started === undefined || entry.startTime < started.startTime);
  if (scripts.length > 0) at['bundle loaded'] = Math.max(...scripts.map((s) => s.responseEnd));
  for (const [label, name] of marks) {
    const [mark] = performance.getEntriesByName(name, 'mark');
    if (mark !== undefined) at[label] = mark.startTime;
  }
  return at;
}

function describePhases(runs) {
  const labels = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  const medians = labels.map((label) => {
    const values = runs.map((run) => run[label]).filter((value) => value !== undefined);
    return [label, median(values)];
  });
  return medians
    .sort((a, b) => a[1] - b[1])
    .map(([label, value]) => `${label} ${value.toFixed(0)}`)
    .join(' → ');
}

function describeTraffic(traffic) {
  const gets = traffic.get.length;
  const resizes = traffic.invoke.filter((name) => name === 'resize').length;
  const others = traffic.invoke.length - resizes;
  const lookups = traffic.rest.filter((call) => call.includes('/requirements.json')).length;
  return (
    `ZAF get ${gets} [${traffic.get.map((paths) => paths.split(',')[0]).join(', ')}], ` +
    `invoke ${traffic.invoke.length} (${resizes} resize${others > 0 ? `, ${others} other` : ''}), ` +
    `set ${traffic.set}; REST ${traffic.rest.length} ` +
    `(${lookups} context-field lookup, ${traffic.rest.length - lookups} for the brief)`
  );
}

/** Zendesk serves an app's assets from its CDN; a modest connection to it. */
const CDN = { rttMs: 40, mbitPerS: 20 };

/** Delays each app asset (zcli's `/<n>/assets/` paths, every app alike) as `shape` says. */
async function shapeAssets(context, shape) {
  const bytesPerMs = (shape.mbitPerS * 1_000_000) / 8 / 1000;
  await context.route(
    (url) => /^\/\d+\/assets\//.test(url.pathname),
    async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      await new Promise((done) => setTimeout(done, shape.rttMs + body.length / bytesPerMs));
      await route.fulfill({ response, body });
    },
  );
}

/** Opens each ticket and the empty app RUNS times, a fresh context each, and prints the figures. */
async function measure(browser, servers, baseline, tickets, shape) {
  const brief = tickets.map(() => []);
  const phases = [];
  const traffic = [];
  const empty = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context per run: a cold cache and no cached field id, as on a first open.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(countZafTraffic);
    if (shape !== undefined) await shapeAssets(context, shape);
    for (const [i, ticket] of tickets.entries()) {
      const page = await context.newPage();
      await page.goto(`${servers.host}?ticket=${ticket.id}${ticket.query ?? ''}`);
      const frame = await appFrame(page);
      brief[i].push(await markTime(frame, PAINTED));
      // Settled: the resize that follows the painted brief is counted and timed too.
      await page.waitForTimeout(300);
      (phases[i] ??= []).push(await frame.evaluate(readPhases, PHASE_MARKS));
      traffic[i] ??= await page.evaluate(() => structuredClone(window.__zafTraffic));
      await page.close();
    }
    const page = await context.newPage();
    await page.goto(baseline.url);
    empty.push(await markTime(await appFrame(page), FIRST_RENDER));
    await context.close();
  }
  console.log(`${RUNS} runs, a fresh browser context each`);
  console.log(`empty ZAF + React + Garden app first render: ${spread(empty)}`);
  for (const [i, ticket] of tickets.entries()) {
    console.log(`${ticket.road} (${ticket.name}):`);
    console.log(`  brief painted, from iframe navigation: ${spread(brief[i])}`);
    console.log(`  brief / empty app: ${(median(brief[i]) / median(empty)).toFixed(2)}×`);
    console.log(`  per brief: ${describeTraffic(traffic[i])}`);
    console.log(
      `  where the time goes (medians, ms from navigation): ${describePhases(phases[i])}`,
    );
  }
}

export async function benchPaintTime() {
  build(['--outDir', join(root, APP_DIR, 'assets'), '--emptyOutDir']);
  build(['--config', 'vite.demo.config.ts', '--outDir', join(root, HOST_DIR), '--emptyOutDir']);
  const baselineApp = await buildBaselineApp();
  const tickets = sampleTickets();
  const servers = await startServers(baselineApp.folder);
  const baseline = await startFramePage(`${servers.baseline}/0/assets/${baselineApp.page}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await measure(browser, servers, baseline, tickets);
    console.log(
      '  (The adapter sends the gets of one task as one batched get, so currentUser and the\n' +
        "  ticket's paths share a round trip whenever the context field's id is known at start:\n" +
        '  from the context_field_id setting or the id cached in localStorage. On a first open with\n' +
        "  neither, as here (this Chromium blocks the cross-site frame's storage, as browsers\n" +
        "  blocking third-party storage do), the id comes from the installation's requirements\n" +
        '  (1 REST call) and the ticket get follows it: 2 gets.)',
    );
    console.log(
      `\nThe same, with every app's assets served as from a CDN: ${CDN.rttMs} ms a request and ` +
        `${CDN.mbitPerS} Mbit/s (loopback makes downloads free, which no agent has):`,
    );
    await measure(browser, servers, baseline, tickets, CDN);
  } finally {
    await browser.close();
    servers.stop();
    baseline.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPaintTime();
