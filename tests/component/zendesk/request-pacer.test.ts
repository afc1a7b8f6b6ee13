import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequestPacer } from '../../../src/zendesk/search';

afterEach(() => {
  vi.useRealTimers();
});

describe('the request pacer', () => {
  it('starts at most its share in any 60 s, in a sliding window', async () => {
    vi.useFakeTimers();
    const pacer = createRequestPacer({ perMinute: 3, concurrency: 10 });
    const started: number[] = [];
    const runs = Array.from({ length: 5 }, (_, i) =>
      pacer.run(async () => {
        started.push(i);
      }),
    );
    await vi.advanceTimersByTimeAsync(59_000);
    expect(started).toEqual([0, 1, 2]);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    await Promise.all(runs);
    expect(pacer.started).toBe(5);
  });

  it('holds every call during a pause a 429 asked for', async () => {
    vi.useFakeTimers();
    const pauses: number[] = [];
    const pacer = createRequestPacer({ perMinute: 50, concurrency: 4 }, (ms) => pauses.push(ms));
    pacer.pauseFor(3_000);
    let ran = false;
    const run = pacer.run(async () => {
      ran = true;
    });
    await vi.advanceTimersByTimeAsync(2_900);
    expect(ran).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await run;
    expect(ran).toBe(true);
    expect(pauses).toEqual([3_000]);
  });

  it('never calls what was cancelled while it waited', async () => {
    const pacer = createRequestPacer({ perMinute: 1, concurrency: 1 });
    await pacer.run(async () => undefined);
    const controller = new AbortController();
    let called = false;
    const waiting = pacer.run(async () => {
      called = true;
    }, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeDefined();
    expect(called).toBe(false);
  });
});
