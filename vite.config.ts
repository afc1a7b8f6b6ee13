import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const appDir = resolve(root, 'dist');

interface ManifestParameter {
  readonly name: string;
  readonly default?: unknown;
}

/**
 * `zcli apps:server` asks on the terminal for every parameter it has no value for; giving it the
 * manifest's defaults makes it serve unattended, with the settings a fresh install would have.
 * The file is for the local server only, so `.zcliignore` keeps it out of the package.
 */
function writeZcliServerConfig(folder: string): void {
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as {
    parameters?: readonly ManifestParameter[];
  };
  const parameters = Object.fromEntries(
    (manifest.parameters ?? []).map((p) => [p.name, p.default === undefined ? '' : p.default]),
  );
  writeFileSync(resolve(folder, 'zcli.apps.config.json'), `${JSON.stringify({ parameters })}\n`);
  writeFileSync(resolve(folder, '.zcliignore'), 'zcli.apps.config.json\n');
}

/** zcli serves and packages a folder shaped like a Zendesk app: manifest, translations, assets. */
function zendeskAppFolder(): Plugin {
  // The app folder is the one holding the assets folder, so a build into another outDir (the
  // package tests build into a temporary folder) is a whole app too.
  let folder = appDir;
  return {
    name: 'zendesk-app-folder',
    apply: 'build',
    configResolved(config) {
      folder = dirname(resolve(config.root, config.build.outDir));
    },
    closeBundle() {
      mkdirSync(folder, { recursive: true });
      cpSync(resolve(root, 'manifest.json'), resolve(folder, 'manifest.json'));
      cpSync(resolve(root, 'requirements.json'), resolve(folder, 'requirements.json'));
      cpSync(resolve(root, 'translations'), resolve(folder, 'translations'), { recursive: true });
      writeZcliServerConfig(folder);
    },
  };
}

/**
 * Vite fetches a dynamically imported chunk only when the import runs. An entry's `*-view` chunk
 * (the UI its first paint needs, split off so Zendesk's handshake starts first) is asked for by
 * the page itself, beside the entry, so the two download and compile at once.
 */
function preloadViewChunks(): Plugin {
  return {
    name: 'preload-view-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        const entry = context.chunk;
        if (bundle === undefined || entry === undefined) return [];
        const chunks = new Map(
          Object.values(bundle).flatMap((out) =>
            out.type === 'chunk' ? [[out.fileName, out]] : [],
          ),
        );
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.get(fileName);
          const loaded = fileName === entry.fileName || entry.imports.includes(fileName);
          if (chunk === undefined || loaded || wanted.has(fileName)) return;
          wanted.add(fileName);
          chunk.imports.forEach(visit);
        };
        entry.dynamicImports
          .filter((fileName) => /-view\.tsx$/.test(chunks.get(fileName)?.facadeModuleId ?? ''))
          .forEach(visit);
        return [...wanted].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root: resolve(root, 'src/ui/entries'),
  // Zendesk serves assets under an unknown prefix, so every URL must be relative.
  base: './',
  publicDir: resolve(root, 'assets'),
  plugins: [react(), zendeskAppFolder(), preloadViewChunks()],
  build: {
    outDir: resolve(appDir, 'assets'),
    emptyOutDir: true,
    reportCompressedSize: false,
    assetsDir: 'js',
  },
  // Each location is bundled on its own, one after the other into the same folder: code shared
  // with the other location is repeated rather than split into common chunks (decision 003). The
  // sidebar's own first load is a small first script beside its preloaded UI chunk (decision 007).
  environments: {
    client: {
      build: {
        rolldownOptions: {
          input: { sidebar: resolve(root, 'src/ui/entries/sidebar.html') },
          // The SDK in a chunk of its own. Left to itself, Rolldown hosts its CommonJS helpers
          // (which the SDK needs) in the chunk the UI chunks share (React, styled-components,
          // Garden's theme), and the first script would wait for all of that to evaluate before
          // it could greet Zendesk. With the SDK apart, the helpers get their own tiny chunk.
          // `npm run bench` prints what the first script loads.
          output: {
            codeSplitting: { groups: [{ name: 'zaf-sdk', test: /zendesk_app_framework_sdk/ }] },
          },
        },
      },
    },
    nav_bar: {
      consumer: 'client',
      build: {
        emptyOutDir: false,
        rolldownOptions: { input: { nav_bar: resolve(root, 'src/ui/entries/nav_bar.html') } },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      const { client, nav_bar: navBar } = builder.environments;
      if (client !== undefined) await builder.build(client);
      if (navBar !== undefined) await builder.build(navBar);
    },
  },
});
