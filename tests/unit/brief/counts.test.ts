import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../src/core/brief';
import type { TranscriptMessage } from '../../../src/core/contract';
import { botSays, customerSays, packageWith } from '../../support/packages';

const counts = (transcript: TranscriptMessage[], truncated?: number) =>
  buildBrief(packageWith({ transcript, truncated })).counts;

describe('counts', () => {
  it('counts messages and customer messages', () => {
    const result = counts([
      customerSays('a'),
      botSays('b'),
      customerSays('c'),
      botSays('d', 'event'),
    ]);
    expect([result.messages, result.customerMessages]).toEqual([4, 2]);
  });

  it.each<[string, TranscriptMessage[], number | undefined]>([
    [
      'from the first to the last time',
      [customerSays('a', '2026-11-20T10:30:00Z'), botSays('b', 'text', '2026-11-20T10:32:30Z')],
      150_000,
    ],
    [
      'across time zones',
      [customerSays('a', '2026-11-20T10:30:00+02:00'), customerSays('b', '2026-11-20T08:31:00Z')],
      60_000,
    ],
    [
      'from the earliest to the latest when out of order',
      [customerSays('a', '2026-11-20T10:35:00Z'), customerSays('b', '2026-11-20T10:30:00Z')],
      300_000,
    ],
    [
      'skipping untimed messages',
      [
        customerSays('a', '2026-11-20T10:30:00Z'),
        customerSays('b'),
        customerSays('c', '2026-11-20T10:30:10Z'),
      ],
      10_000,
    ],
    [
      'unknown with one time',
      [customerSays('a', '2026-11-20T10:30:00Z'), customerSays('b')],
      undefined,
    ],
    [
      'unknown with unusable times',
      [customerSays('a', 'yesterday'), customerSays('b', 'noon')],
      undefined,
    ],
  ])('measures the duration %s', (_, transcript, durationMs) => {
    expect(counts(transcript).durationMs).toBe(durationMs);
  });

  it.each([
    [12, 12],
    [0, 0],
    [undefined, 0],
    [-3, 0],
    [2.5, 0],
  ])('counts %s truncated messages as %s', (given, shown) => {
    expect(counts([customerSays('a')], given).truncated).toBe(shown);
  });
});
