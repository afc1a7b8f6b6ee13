// `npm start`: builds the app and the local Zendesk host page, serves both on 127.0.0.1, prints the URL.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startDemoServer } from '../src/demo/server/demo-server';

function build(args: string[]): void {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// Its own app folder, so `npm test` rebuilding dist/ meanwhile cannot pull files from under zcli.
const appDir = resolve('tmp/local-app');
build(['--outDir', join(appDir, 'assets'), '--emptyOutDir']);
const hostDir = resolve('tmp/local-host');
build(['--config', 'vite.demo.config.ts', '--outDir', hostDir, '--emptyOutDir']);

const port = Number(process.env.PORT ?? 4000);
const server = await startDemoServer({
  port,
  appDir,
  hostDir,
  ticketsDir: process.env.HANDOFF_DEMO_TICKETS ?? 'tests/fixtures/tickets',
});
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
