import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { failOnUnhandledRequests } from './unhandled-requests';

// Garden's theming reads matchMedia at import time, before any hook runs; jsdom has none.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// A React warning is a bug: console.error and console.warn fail the test that caused them.
beforeAll(() => {
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${level} during a test: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => cleanup());

// The first render of a file pays for Garden's styles and the SDK's handshake on a shared, busy
// machine, and the Insights tab reads a quarter of history: findBy* waits long rather than flake.
// Speed is measured in `npm run bench`, never here.
configure({ asyncUtilTimeout: 20_000 });

failOnUnhandledRequests();
