import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunFolders } from '../../../src/demo/server/run-folders';

describe('the folders one local host run builds into', () => {
  it('are the run’s own: a second run builds elsewhere and removing one leaves the other', () => {
    const root = mkdtempSync(join(tmpdir(), 'handoff-runs-'));
    const first = createRunFolders(root);
    const second = createRunFolders(root);
    const dirs = [first.appDir, first.hostDir, second.appDir, second.hostDir];
    expect(new Set(dirs).size).toBe(4);
    for (const dir of dirs) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), dir);
    }
    expect(
      dirs.some((dir, i) => dirs.some((other, j) => i !== j && other.startsWith(`${dir}/`))),
    ).toBe(false);
    second.remove();
    expect(existsSync(second.appDir)).toBe(false);
    expect(existsSync(join(first.appDir, 'index.html'))).toBe(true);
    expect(existsSync(join(first.hostDir, 'index.html'))).toBe(true);
    first.remove();
  });
});
