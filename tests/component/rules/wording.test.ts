import { TRIGGER_TYPES } from '../../../src/core/contract';
import { describe, expect, it } from 'vitest';
import en from '../../../translations/en.json';
import { REVISION_ISSUE_CODES } from '../../../src/core/rule-revisions';
import { REFUSED_RULE_TYPES, ROUTING_ISSUE_CODES } from '../../../src/core/routing';

/** A text, or the variants of one (plural forms, or one sentence per expected kind). */
const textsOf = (node: string | Readonly<Record<string, string>>) =>
  typeof node === 'string' ? [node] : Object.values(node);

describe('the words for routing rules', () => {
  it.each(ROUTING_ISSUE_CODES)('explains the rule issue %s to an admin', (code) => {
    const texts = textsOf(en.rules.issues[code]);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/\S/);
  });

  it.each(REVISION_ISSUE_CODES)('explains the storage problem %s', (code) => {
    const texts = textsOf(en.rules.storage[code]);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/\S/);
  });

  it('has a sentence for every kind of value the rules parser expects, and for any other', () => {
    expect(Object.keys(en.rules.issues.wrong_type).sort()).toEqual(
      ['boolean', 'list', 'number', 'object', 'string', 'unknown'].sort(),
    );
  });

  it.each(TRIGGER_TYPES)('names and explains the rule type %s', (type) => {
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
