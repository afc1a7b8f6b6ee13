import { afterEach, expect } from 'vitest';

/** Requests no MSW handler answered; a test that leaves any behind fails, as with onUnhandledRequest: 'error'. */
const unhandled: string[] = [];

export function reportUnhandledRequest(request: Request): void {
  unhandled.push(`${request.method} ${request.url}`);
}

export function failOnUnhandledRequests(): void {
  afterEach(() => {
    const found = unhandled.splice(0);
    expect(found, 'requests no MSW handler answered').toEqual([]);
  });
}
