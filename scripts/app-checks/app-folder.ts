import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { problem, type Problem, type ProblemCode } from './problem';

/** A built app folder as Zendesk sees it: paths relative to its root, with `/` separators. */
export interface AppFolder {
  readonly root: string;
  readonly files: readonly string[];
  has(path: string): boolean;
  read(path: string): Buffer;
  readText(path: string): string;
}

export function openAppFolder(root: string): AppFolder {
  // zcli leaves its zips in tmp/ and never packages it; Zendesk skips it too.
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('tmp/'))
    .sort();
  const present = new Set(files);
  return {
    root,
    files,
    has: (path) => present.has(path),
    read: (path) => readFileSync(join(root, path)),
    readText: (path) => readFileSync(join(root, path), 'utf8'),
  };
}

export type JsonRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: Problem };

export function readJson(folder: AppFolder, path: string, code: ProblemCode): JsonRead {
  try {
    return { ok: true, value: JSON.parse(folder.readText(path)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: problem(code, path, `is not valid JSON: ${reason}`) };
  }
}
