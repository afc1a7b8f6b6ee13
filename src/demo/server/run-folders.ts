import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface RunFolders {
  /** The built app folder zcli serves (manifest, translations, assets). */
  readonly appDir: string;
  /** The built local host page. */
  readonly hostDir: string;
  /** Deletes this run's folders, and nothing else. */
  remove(): void;
}

/**
 * Folders of this run's own under `root`: a second `npm start`, or `npm test` beside it, builds
 * into folders of its own instead of rebuilding the ones a running host serves from.
 */
export function createRunFolders(root = 'tmp'): RunFolders {
  mkdirSync(resolve(root), { recursive: true });
  const run = mkdtempSync(join(resolve(root), 'local-host-'));
  return {
    appDir: join(run, 'app'),
    hostDir: join(run, 'host'),
    remove: () => rmSync(run, { recursive: true, force: true }),
  };
}
