import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBuilder } from 'vite';

const root = resolve(import.meta.dirname, '../../..');
const made: string[] = [];

function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

/**
 * Builds the app with the project's own Vite config into a fresh folder, so the checks never read
 * a stale dist/ and never race another build writing dist/.
 */
export async function buildApp(): Promise<string> {
  const app = tempFolder('handoff-app-');
  // Vitest sets NODE_ENV=test, which would bundle React's development build; Zendesk gets production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // The whole app, every location's bundle, as `vite build` makes it.
    const builder = await createBuilder({
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir: join(app, 'assets') },
    });
    await builder.buildApp();
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return app;
}

/** A private copy of a built app for a test to break. */
export function copyApp(app: string): string {
  const copy = tempFolder('handoff-app-copy-');
  cpSync(app, copy, { recursive: true });
  return copy;
}

export function editJson(file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(file, JSON.stringify(json));
}

export function removeTempFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}
