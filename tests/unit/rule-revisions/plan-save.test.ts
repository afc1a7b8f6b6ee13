import { describe, expect, it } from 'vitest';
import {
  baseOf,
  fateOfWrite,
  hasConflict,
  parseHistory,
  planWrite,
  readStoredRules,
} from '../../../src/core/rule-revisions';
import { parseRuleSet } from '../../../src/core/routing';
import { legal, refund, ruleSet, settingsWith } from './fixtures';

const NOW = '2026-11-24T12:00:00.000Z';
const stored7 = readStoredRules(settingsWith(ruleSet(7, [refund]), [ruleSet(6, [legal])]));

describe('hasConflict', () => {
  it('sees no conflict when the stored text is what the draft was read from', () => {
    expect(hasConflict(baseOf(stored7), stored7)).toBe(false);
  });

  it('sees a conflict when someone saved a newer revision', () => {
    const newer = readStoredRules(settingsWith(ruleSet(8, [legal])));
    expect(hasConflict(baseOf(stored7), newer)).toBe(true);
  });

  it('sees a conflict when another save wrote the same revision number with other rules', () => {
    const raced = readStoredRules(settingsWith(ruleSet(7, [legal], 'Ana Ruiz')));
    expect(hasConflict(baseOf(stored7), raced)).toBe(true);
  });

  it('sees a conflict when rules appear where none were stored', () => {
    const empty = readStoredRules({});
    expect(hasConflict(baseOf(empty), stored7)).toBe(true);
  });
});

describe('planWrite', () => {
  const write = planWrite(stored7, { rules: [legal, refund], author: 'Priya', now: NOW });

  it('stamps the next revision with who saved and when', () => {
    expect(write.ruleSet).toMatchObject({ revision: 8, updatedBy: 'Priya', updatedAt: NOW });
    const parsed = parseRuleSet(write.settings.routing_rules);
    expect(parsed.ok && parsed.value.rules.map((r) => r.id)).toEqual(['legal', 'refund']);
  });

  it('pushes the replaced rules, exactly as stored, on top of the history', () => {
    const history = parseHistory(write.settings.routing_rules_history);
    expect(history.map((e) => e.readable && e.ruleSet.revision)).toEqual([7, 6]);
    expect(JSON.stringify(history[0]?.raw)).toBe(stored7.text);
  });

  it('starts at revision 1 with an empty history when nothing was stored', () => {
    const first = planWrite(readStoredRules({}), { rules: [refund], author: 'Sam', now: NOW });
    expect(first.ruleSet.revision).toBe(1);
    expect(first.settings.routing_rules_history).toBe('[]');
  });
});

describe('fateOfWrite', () => {
  const write = planWrite(stored7, { rules: [legal], author: 'Priya', now: NOW });
  const after = (settings: Record<string, string>) => fateOfWrite(write, readStoredRules(settings));

  it('is current when the stored rules are what was written', () => {
    expect(after(write.settings)).toBe('current');
  });

  it('is superseded when a later save kept ours in its history', () => {
    const mine = parseRuleSet(write.settings.routing_rules);
    if (!mine.ok) throw new Error('the written rules parse');
    expect(after(settingsWith(ruleSet(9, [refund]), [mine.value]))).toBe('superseded');
  });

  it('is lost when a racing save replaced ours without keeping it', () => {
    expect(after(settingsWith(ruleSet(8, [refund], 'Ana Ruiz'), [ruleSet(7, [refund])]))).toBe(
      'lost',
    );
  });
});
