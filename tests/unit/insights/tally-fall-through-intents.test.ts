import { describe, expect, it } from 'vitest';
import { tallyFallThroughIntents } from '../../../src/core/insights';

function pkg(
  at: string,
  intent?: { name: string; confidence?: number },
  type: 'confidence' | 'keyword' = 'confidence',
): string {
  return JSON.stringify({
    schema: 'handoff-context/v1',
    conversationId: `c_${at}`,
    handedOffAt: at,
    trigger: { ruleId: type === 'confidence' ? 'no-answer' : 'refund', type },
    ...(intent === undefined ? {} : { intent }),
    transcript: [],
  });
}

describe('tallyFallThroughIntents', () => {
  const tally = tallyFallThroughIntents([
    pkg('2026-11-01T10:00:00Z', { name: 'billing.invoice_copy', confidence: 0.4 }),
    pkg('2026-11-03T10:00:00Z', { name: 'billing.invoice_copy', confidence: 0.2 }),
    pkg('2026-11-02T10:00:00Z', { name: 'billing.invoice_copy' }),
    pkg('2026-11-02T10:00:00Z', { name: 'account.password_reset' }),
    pkg('2026-11-02T11:00:00Z', { name: 'shipping.track_order', confidence: 0.5 }),
    pkg('2026-11-02T12:00:00Z'),
    pkg('2026-11-02T12:00:00Z', { name: 'billing.refund', confidence: 0.9 }, 'keyword'),
    '{"schema": "handoff-context/v1"',
    '',
    null,
  ]);

  it('counts intents most frequent first, ties by name', () => {
    expect(tally.intents.map((intent) => [intent.name, intent.count])).toEqual([
      ['billing.invoice_copy', 3],
      ['account.password_reset', 1],
      ['shipping.track_order', 1],
    ]);
  });

  it('shares each intent among the fallback handoffs read, those without an intent included', () => {
    expect(tally.considered).toBe(6);
    expect(tally.intents[0]?.share).toBe(0.5);
    expect(tally.withoutIntent).toBe(1);
  });

  it('averages the confidence the packages gave and keeps the newest handoff time', () => {
    expect(tally.intents[0]?.averageConfidence).toBeCloseTo(0.3);
    expect(tally.intents[0]?.lastSeen).toBe('2026-11-03T10:00:00Z');
    expect(tally.intents[1]?.averageConfidence).toBeNull();
  });

  it('sets aside what it cannot read and packages fired by another trigger', () => {
    expect(tally).toMatchObject({ read: 10, unreadable: 3, otherTrigger: 1 });
  });

  it('tallies nothing from nothing', () => {
    expect(tallyFallThroughIntents([])).toEqual({
      intents: [],
      read: 0,
      considered: 0,
      withoutIntent: 0,
      unreadable: 0,
      otherTrigger: 0,
    });
  });
});
