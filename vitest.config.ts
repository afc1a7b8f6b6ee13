import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  plugins: [react()],
  test: {
    // Both cores for unit and component files. Vitest 4.1 runs a project whose files go one at a
    // time (e2e below) only after every other project, so `npm test` (scripts/test.mjs) runs the
    // browser tests as a process of their own beside these.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Property tests run hundreds of large cases, and the package tests build the app
          // once before their suite: generous limits, so a loaded machine never fails a
          // correct run. Set here only, never in a test file.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: [resolve(root, 'tests/support/component-setup.ts')],
          // The real SDK over postMessage with MSW behind it: the rules and Insights tabs make
          // dozens of round trips a test on a 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: [resolve(root, 'tests/support/e2e-global-setup.ts')],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
