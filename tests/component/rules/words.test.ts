import { describe, expect, it } from 'vitest';
import en from '../../../translations/en.json';
import { REVISION_ISSUE_CODES } from '../../../src/core/rule-revisions';
import { REFUSED_RULE_TYPES, ROUTING_ISSUE_CODES, RULE_TYPES } from '../../../src/core/routing';

describe('the words for routing rules', () => {
  it.each(ROUTING_ISSUE_CODES)('explains the rule issue %s to an admin', (code) => {
    expect(en.rules.issues[code]).toMatch(/\S/);
  });

  it.each(REVISION_ISSUE_CODES)('explains the storage problem %s', (code) => {
    expect(en.rules.storage[code]).toMatch(/\S/);
  });

  it.each(RULE_TYPES)('names and explains the rule type %s', (type) => {
    expect(en.rules.types[type]).toEqual({ name: expect.any(String), help: expect.any(String) });
  });

  it('says why a refused type is refused, naming all of them', () => {
    expect(en.rules.issues.refused_type).toMatch(/calm customers/);
    expect(en.rules.issues.refused_type).toMatch(/mid-resolution/);
    for (const type of REFUSED_RULE_TYPES) {
      const words = type === 'turn_count' ? 'turn-count' : type === 'time' ? 'time-based' : type;
      expect(en.rules.issues.refused_type).toContain(words);
    }
  });
});
