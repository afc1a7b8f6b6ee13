import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const appDir = resolve(root, 'dist');

/** zcli serves and packages a folder shaped like a Zendesk app: manifest, translations, assets. */
function zendeskAppFolder(): Plugin {
  return {
    name: 'zendesk-app-folder',
    apply: 'build',
    closeBundle() {
      mkdirSync(appDir, { recursive: true });
      cpSync(resolve(root, 'manifest.json'), resolve(appDir, 'manifest.json'));
      cpSync(resolve(root, 'requirements.json'), resolve(appDir, 'requirements.json'));
      cpSync(resolve(root, 'translations'), resolve(appDir, 'translations'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: resolve(root, 'src/ui/entries'),
  // Zendesk serves assets under an unknown prefix, so every URL must be relative.
  base: './',
  publicDir: resolve(root, 'assets'),
  plugins: [react(), zendeskAppFolder()],
  build: {
    outDir: resolve(appDir, 'assets'),
    emptyOutDir: true,
    reportCompressedSize: false,
    assetsDir: 'js',
    rollupOptions: {
      input: {
        sidebar: resolve(root, 'src/ui/entries/sidebar.html'),
        nav_bar: resolve(root, 'src/ui/entries/nav_bar.html'),
      },
    },
  },
});
