import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_ENGLISH } from '../../../src/ui/locations/ticket-sidebar/sidebar-english';
import en from '../../../translations/en.json';

const ENTRY = resolve('src/ui/entries/sidebar.ts');

/** Every source file the sidebar's entry reaches through relative imports, lazy ones included. */
function sidebarFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const base = resolve(dirname(file), specifier.replace(/\.js$/, ''));
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].find(
        (end) => existsSync(base + end) && !base.endsWith('.json'),
      );
      if (found !== undefined && /\.tsx?$/.test(base + found)) visit(base + found);
    }
  };
  visit(ENTRY);
  return [...seen];
}

function at(tree: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, part) =>
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined,
    tree,
  );
}

describe("the sidebar's English", () => {
  it('holds every translation key the code the sidebar loads names, and no more namespaces', () => {
    const namespaces = Object.keys(en).join('|');
    const key = new RegExp(`['\`](?:${namespaces})\\.[\\w.]*`, 'g');
    const missing: string[] = [];
    const used = new Set<string>();
    const files = sidebarFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      for (const [raw] of readFileSync(file, 'utf8').matchAll(key)) {
        // A template's fixed part names a subtree (`sidebar.kinds.${kind}`), a literal a leaf
        // or a plural base.
        const path = raw.slice(1).replace(/\.$/, '').split('.');
        used.add(path[0] ?? '');
        if (at(SIDEBAR_ENGLISH, path) === undefined) missing.push(`${raw.slice(1)} (${file})`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(SIDEBAR_ENGLISH).sort()).toEqual([...used].sort());
  });
});
