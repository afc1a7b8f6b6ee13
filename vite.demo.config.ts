import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** The local Zendesk host page: a separate build so demo code never reaches the app bundle. */
export default defineConfig({
  root: resolve(root, 'src/demo/host/page'),
  base: '/',
  build: {
    outDir: resolve(root, 'tmp/demo-host'),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
  },
});
