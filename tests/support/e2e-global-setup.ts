import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startDemoServer, type DemoServer } from '../../src/demo/server/demo-server';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}

function build(args: string[]): void {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

let server: DemoServer | undefined;

/** Builds what the browser tests load (unless `npm test` just did) and serves the local host. */
export async function setup(project: TestProject): Promise<void> {
  if (process.env['HANDOFF_APP_BUILT'] !== '1') build([]);
  build(['--config', 'vite.demo.config.ts']);
  server = await startDemoServer({
    port: 0,
    appDir: 'dist',
    hostDir: 'tmp/demo-host',
    ticketsDir: 'tests/fixtures/tickets',
  });
  project.provide('demoUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
