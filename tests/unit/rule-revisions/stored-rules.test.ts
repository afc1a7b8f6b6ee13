import { describe, expect, it } from 'vitest';
import { readStoredRules } from '../../../src/core/rule-revisions';
import { DEFAULT_RULES, serializeRuleSet } from '../../../src/core/routing';
import { human, legal, refund, ruleSet, settingsWith } from './fixtures';

describe('readStoredRules', () => {
  it('reads valid stored rules, their revision and their history', () => {
    const stored = readStoredRules(settingsWith(ruleSet(7, [refund]), [ruleSet(6, [legal])]));
    expect(stored).toMatchObject({ source: 'stored', revision: 7, problems: [] });
    expect(stored.ruleSet.rules).toEqual([refund]);
    expect(stored.history).toHaveLength(1);
  });

  it.each([[{}], [{ routing_rules: '' }], [{ routing_rules: '   ' }]])(
    'falls back to the defaults with a rules_missing problem for %j',
    (settings) => {
      const stored = readStoredRules(settings);
      expect(stored).toMatchObject({ source: 'missing', revision: 0, ruleSet: DEFAULT_RULES });
      expect(stored.problems.map((p) => p.code)).toEqual(['rules_missing']);
    },
  );

  it('falls back to the defaults when the stored rules are invalid, keeping their revision and issues', () => {
    const text = JSON.stringify({
      schema: 'handoff-rules/v1',
      revision: 9,
      rules: [{ id: 'mood', type: 'sentiment', label: 'Angry' }],
    });
    const stored = readStoredRules({ routing_rules: text });
    expect(stored).toMatchObject({ source: 'invalid', revision: 9, text, ruleSet: DEFAULT_RULES });
    expect(stored.problems[0]).toMatchObject({ code: 'rules_invalid', params: { count: 1 } });
    expect(stored.ruleIssues.map((i) => i.code)).toEqual(['refused_type']);
  });

  it('reads revision 0 from stored text that is not JSON', () => {
    expect(readStoredRules({ routing_rules: '{oops' })).toMatchObject({
      source: 'invalid',
      revision: 0,
    });
  });

  it('counts unreadable history entries as a problem', () => {
    const stored = readStoredRules({
      routing_rules: serializeRuleSet(ruleSet(2, [human])),
      routing_rules_history: JSON.stringify([{ junk: true }, ruleSet(1, [human])]),
    });
    expect(stored.problems).toEqual([
      { code: 'history_entry_unreadable', path: ['routing_rules_history'], params: { count: 1 } },
    ]);
  });

  it('passes on the narrow-set warning', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ ...refund, id }));
    const stored = readStoredRules(settingsWith(ruleSet(1, many)));
    expect(stored.warnings.map((w) => w.code)).toEqual(['too_many_rules']);
  });
});
