// Started by scripts/bench/paint-time.mjs (plain node cannot load the TypeScript demo server):
// serves the local Zendesk host, and the empty baseline app through its own `zcli apps:server`
// so both apps reach the browser the same way; prints their URLs as one JSON line and stops
// when its parent closes stdin.
import { startDemoServer } from '../../src/demo/server/demo-server';
import { freePort, startZcliAppServer } from '../../src/demo/server/zcli-app-server';

const [appDir, hostDir, baselineAppDir, ticketsDir = 'tests/fixtures/tickets'] =
  process.argv.slice(2);
if (appDir === undefined || hostDir === undefined || baselineAppDir === undefined) {
  throw new Error('usage: paint-time-server.ts <appDir> <hostDir> <baselineAppDir> [ticketsDir]');
}

const host = await startDemoServer({ port: 0, appDir, hostDir, ticketsDir });
const baseline = await startZcliAppServer(baselineAppDir, await freePort());
process.stdout.write(`${JSON.stringify({ host: host.url, baseline: baseline.url })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  baseline.stop();
  void host.close().then(() => process.exit(0));
});
