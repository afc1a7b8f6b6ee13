// `npm run bench`: time to open and paint a 10,000-message transcript in the sidebar, in Chromium,
// from the click on "Show full transcript" to the firing message on screen. Figures only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { DEMO_ACCOUNT } from '../../src/demo/demo-account';
import { startDemoServer } from '../../src/demo/server/demo-server';
import type { TicketFile } from '../../src/demo/zendesk-records';
import { launchChromium } from '../support/e2e/browser';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const SIZES = [2_000, 10_000];
const APP_DIR = resolve('tmp/bench/app');
const HOST_DIR = resolve('tmp/bench/demo-host');

function build(args: string[]): void {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

/** A handed-off ticket whose rule fired near the end of `count` messages. */
function longTicket(id: number, count: number): TicketFile {
  const start = Date.parse('2026-11-20T09:00:00Z');
  const firing = count - 4;
  const transcript = Array.from({ length: count }, (_, i) => ({
    at: new Date(start + i * 7_000).toISOString(),
    role: i % 2 === 0 ? 'customer' : 'bot',
    text:
      i === firing
        ? 'Honestly I just want a refund for the second charge now.'
        : `Message ${i}: still looking into the invoice numbers you sent over earlier today.`,
  }));
  const pkg = {
    schema: 'handoff-context/v1',
    conversationId: `c_bench_${count}`,
    handedOffAt: new Date(start + count * 7_000).toISOString(),
    trigger: {
      ruleId: 'refund',
      type: 'keyword',
      label: 'Refunds',
      matched: 'refund',
      messageIndex: firing,
    },
    customer: { name: 'Bench Customer', email: 'bench@example.com' },
    transcript,
  };
  const at = pkg.handedOffAt;
  return {
    ticket: {
      id,
      subject: `Bench: ${count} messages`,
      status: 'open',
      created_at: at,
      updated_at: at,
      requester_id: 70001,
      tags: ['handoff', 'handoff_rule_refund', 'handoff_type_keyword'],
      custom_fields: [{ id: DEMO_ACCOUNT.contextFieldId, value: JSON.stringify(pkg) }],
    },
    comments: [
      { id: 1, author_id: 70001, body: 'See the context field.', public: false, created_at: at },
    ],
    users: [{ id: 70001, name: 'Bench Customer', email: 'bench@example.com', role: 'end-user' }],
  };
}

/**
 * Clicks "Show full transcript" inside the frame and waits for the firing row's next paint.
 * Sent as source text: tsx would wrap named functions in a helper the page does not have.
 */
const OPEN_TRANSCRIPT = `(async () => {
  const button = [...document.querySelectorAll('button')].find((b) => /transcript/i.test(b.textContent ?? ''));
  if (button === undefined) throw new Error('no transcript button');
  const start = performance.now();
  button.click();
  await new Promise((done) => {
    const check = () => document.querySelector('[data-firing]') === null
      ? requestAnimationFrame(check)
      : requestAnimationFrame(() => done());
    check();
  });
  return performance.now() - start;
})()`;

/** When the sidebar marked its first brief painted, in ms since the frame's navigation. */
const PAINTED_AT = `performance.getEntriesByName('handoff-brief:painted')[0]?.startTime ?? NaN`;

async function openTranscript(app: Frame): Promise<number> {
  return Number(await app.evaluate(OPEN_TRANSCRIPT));
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

if (!existsSync(join(APP_DIR, 'manifest.json')))
  build(['--outDir', join(APP_DIR, 'assets'), '--emptyOutDir']);
if (!existsSync(join(HOST_DIR, 'index.html')))
  build(['--config', 'vite.demo.config.ts', '--outDir', HOST_DIR, '--emptyOutDir']);
const ticketsDir = mkdtempSync(join(tmpdir(), 'handoff-transcript-bench-'));
SIZES.forEach((size, i) =>
  writeFileSync(
    join(ticketsDir, `${90001 + i}-bench.json`),
    JSON.stringify(longTicket(90001 + i, size)),
  ),
);
const server = await startDemoServer({ port: 0, appDir: APP_DIR, hostDir: HOST_DIR, ticketsDir });
const { browser, close } = await launchChromium();
try {
  for (const [i, size] of SIZES.entries()) {
    const times: number[] = [];
    const paints: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(new URL(`?ticket=${90001 + i}`, server.url).toString());
      const frame = await (await page.waitForSelector('iframe#app[src]')).contentFrame();
      if (frame === null) throw new Error('no app frame');
      await frame.getByRole('button', { name: /transcript/i }).waitFor({ timeout: 60_000 });
      paints.push(Number(await frame.evaluate(PAINTED_AT)));
      times.push(await openTranscript(frame));
      await page.close();
    }
    console.log(
      `${size.toLocaleString('en')} messages: brief painted ${median(paints).toFixed(0)} ms after the frame's navigation (median of ${RUNS})`,
    );
    console.log(
      `${size.toLocaleString('en')} messages: transcript open to firing row painted, median of ${RUNS}: ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
    );
  }
} finally {
  await close();
  await server.close();
  rmSync(ticketsDir, { recursive: true, force: true });
}
