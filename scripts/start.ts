// `npm start`: builds the app and the local Zendesk host page, serves both on 127.0.0.1, prints the URL.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startDemoServer } from '../src/demo/server/demo-server';
import { createRunFolders } from '../src/demo/server/run-folders';

function build(args: string[]): void {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// Folders of this run's own, so another `npm start` or `npm test` cannot rebuild them under it.
const folders = createRunFolders();
const { appDir, hostDir } = folders;
process.on('exit', () => folders.remove());
build(['--outDir', join(appDir, 'assets'), '--emptyOutDir']);
build(['--config', 'vite.demo.config.ts', '--outDir', hostDir, '--emptyOutDir']);

const options = {
  appDir,
  hostDir,
  ticketsDir: process.env.HANDOFF_DEMO_TICKETS ?? 'tests/fixtures/tickets',
};
const asked = process.env.PORT;
const server = await startDemoServer({ ...options, port: Number(asked ?? 4000) }).catch(
  (error: unknown) => {
    // Another local host has the default port: take a free one rather than fail.
    const busy = (error as { code?: unknown }).code === 'EADDRINUSE';
    if (asked !== undefined || !busy) throw error;
    console.log('Port 4000 is in use (another local host?); using a free port instead.');
    return startDemoServer({ ...options, port: 0 });
  },
);
console.log(`\nHandoff Brief is running in a local Zendesk host: ${server.url}`);
console.log(`  the app itself is served by zcli apps:server at ${server.appServer}`);
console.log(
  '  ?ticket=<id> opens a ticket, ?role=agent, ?locale=de, ?location=nav_bar; Ctrl+C stops.\n',
);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
