// `npm start`: builds the app and the local Zendesk host page, serves both on 127.0.0.1, prints the URL.
import { spawnSync } from 'node:child_process';
import { startDemoServer } from '../src/demo/server/demo-server';

function build(args: string[]): void {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

build([]);
build(['--config', 'vite.demo.config.ts']);

const port = Number(process.env.PORT ?? 4000);
const server = await startDemoServer({
  port,
  appDir: 'dist',
  hostDir: 'tmp/demo-host',
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
