// Measures the JavaScript an HTML entry loads before first paint (its module script and
// modulepreloads), raw and gzip, so the sidebar can be compared with an empty ZAF app.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

export async function buildBaseline(outDir = join(root, 'tmp/bench/baseline')) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(root, 'tests/bench/baseline'),
    base: './',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      assetsDir: 'js',
      reportCompressedSize: false,
      rollupOptions: { input: join(root, 'tests/bench/baseline/baseline.html') },
    },
  });
  return join(outDir, 'baseline.html');
}

function scriptsOf(htmlPath) {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g),
  ];
  return refs.map((match) => resolve(dirname(htmlPath), match[1]));
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.length };
}

/** A chunk and the chunks it statically imports: what must evaluate before its own code runs. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) {
    staticClosure(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

/**
 * First-load JS of an entry, plus every JS file in the build for context. `firstScript` is the
 * entry script with what it statically imports: what runs before the app can greet Zendesk.
 */
export function measureEntry(htmlPath) {
  const scripts = scriptsOf(htmlPath);
  const firstLoad = sizes(scripts);
  const firstScript = sizes([...staticClosure(scripts[0])]);
  const jsDir = join(dirname(htmlPath), 'js');
  const all = readdirSync(jsDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(jsDir, name))
    .filter((file) => statSync(file).isFile());
  return { firstLoad, firstScript, allJs: sizes(all) };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
