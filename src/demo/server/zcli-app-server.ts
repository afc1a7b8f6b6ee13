import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`zcli apps:server exited:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`zcli apps:server did not answer ${url} within 60 s:\n${output()}`);
}

/**
 * The real `zcli apps:server` serving the built app folder, bound to loopback: the same app.json
 * and assets a Zendesk account loads with `?zcli_apps=true`.
 */
export async function startZcliAppServer(
  appDir: string,
  port: number,
): Promise<{ url: string; stop: () => void }> {
  const zcli = resolve('node_modules/.bin/zcli');
  const child = spawn(
    zcli,
    ['apps:server', appDir, '--bind', '127.0.0.1', '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // zcli's asset prefix names localhost; the host page reaches it there too.
  const url = `http://localhost:${port}`;
  await waitFor(`http://127.0.0.1:${port}/app.json`, child, () => output);
  return { url, stop: () => child.kill() };
}
