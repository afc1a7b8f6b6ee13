// `npm run screenshots`: the marketplace screenshots and the README's, taken from the local host
// so they always show the current UI. Builds, serves on loopback, drives Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { startDemoServer } from '../src/demo/server/demo-server';
import { launchChromium } from '../tests/support/e2e/browser';

function build(args: string[]): void {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

interface Shot {
  readonly query: string;
  readonly width: number;
  readonly height: number;
  /** Waits until the app shows what the shot is for. */
  readonly ready: (app: Frame) => Promise<unknown>;
  readonly files: readonly { readonly path: string; readonly clip?: 'sidebar' }[];
}

const briefReady = (app: Frame) => app.locator('[data-region="brief"]').waitFor();
const tab = (name: RegExp, content: 'list' | 'table') => async (app: Frame) => {
  await app.getByRole('tab', { name }).click();
  await app.getByRole('tabpanel').getByRole(content).first().waitFor({ timeout: 60_000 });
};

const SHOTS: readonly Shot[] = [
  {
    query: '?ticket=10001',
    width: 1024,
    height: 768,
    ready: briefReady,
    files: [
      { path: 'assets/screenshot-0.png' },
      { path: 'docs/screenshots/sidebar.png', clip: 'sidebar' },
    ],
  },
  {
    query: '?ticket=10015&locale=de',
    width: 1024,
    height: 768,
    ready: briefReady,
    files: [{ path: 'docs/screenshots/sidebar-de.png', clip: 'sidebar' }],
  },
  {
    query: '?location=nav_bar&bare=1',
    width: 1024,
    height: 768,
    ready: tab(/routing rules/i, 'list'),
    files: [{ path: 'assets/screenshot-1.png' }, { path: 'docs/screenshots/rules.png' }],
  },
  {
    query: '?location=nav_bar&bare=1',
    width: 1024,
    height: 768,
    ready: tab(/insights/i, 'table'),
    files: [{ path: 'assets/screenshot-2.png' }, { path: 'docs/screenshots/insights.png' }],
  },
];

async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe#app[src]')).contentFrame();
  if (frame === null) throw new Error('no app frame');
  return frame;
}

build([]);
build(['--config', 'vite.demo.config.ts']);
mkdirSync('docs/screenshots', { recursive: true });
const server = await startDemoServer({
  port: 0,
  appDir: 'dist',
  hostDir: 'tmp/demo-host',
  ticketsDir: 'tests/fixtures/tickets',
});
const { browser, close } = await launchChromium();
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(new URL(shot.query, server.url).toString());
    const app = await appFrame(page);
    await shot.ready(app);
    await page.waitForTimeout(800); // let charts and the iframe resize settle
    for (const file of shot.files) {
      const clip = file.clip === 'sidebar' ? await page.locator('iframe#app').boundingBox() : null;
      await page.screenshot({ path: file.path, ...(clip === null ? {} : { clip }) });
      console.log(`wrote ${file.path}`);
    }
    await page.close();
  }
} finally {
  await close();
  await server.close();
}
