import { TRIGGER_TYPES } from '../../../src/core/contract';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES } from '../../../scripts/schema-files';
import {
  DEFAULT_RULES,
  RULES_JSON_SCHEMA,
  TAG_SAFE_ID,
  parseRuleSet,
} from '../../../src/core/routing';

describe('handoff-rules/v1 JSON Schema', () => {
  it('is published in schemas/ (the file is compared by the contract schema test)', () => {
    expect(SCHEMA_FILES).toContainEqual([
      'schemas/handoff-rules-v1.schema.json',
      RULES_JSON_SCHEMA,
    ]);
  });

  it('uses the parser vocabulary: the rule types, the id pattern, the schema name', () => {
    const { properties } = RULES_JSON_SCHEMA;
    expect(properties.rules.items.properties.type.enum).toEqual([...TRIGGER_TYPES]);
    expect(properties.rules.items.properties.id.pattern).toBe(TAG_SAFE_ID.source);
    expect(properties.schema.const).toBe(DEFAULT_RULES.schema);
  });

  it.each([...RULES_JSON_SCHEMA.required])(
    'marks %s required exactly as the parser does',
    (key) => {
      const document: Record<string, unknown> = { ...DEFAULT_RULES };
      expect(parseRuleSet(document).ok).toBe(true);
      Reflect.deleteProperty(document, key);
      expect(parseRuleSet(document).ok).toBe(false);
    },
  );

  it.each([...RULES_JSON_SCHEMA.properties.rules.items.required])(
    'marks a rule %s required exactly as the parser does',
    (key) => {
      const rule: Record<string, unknown> = { ...DEFAULT_RULES.rules[1] };
      Reflect.deleteProperty(rule, key);
      expect(parseRuleSet({ ...DEFAULT_RULES, rules: [rule] }).ok).toBe(false);
    },
  );

  it('requires the field of each rule type that the parser requires', () => {
    const shapes = RULES_JSON_SCHEMA.properties.rules.items.oneOf;
    const bases = { keyword: DEFAULT_RULES.rules[1], confidence: DEFAULT_RULES.rules[5] };
    for (const [type, rule] of Object.entries(bases)) {
      const shape = shapes.find((s) => JSON.stringify(s.properties.type).includes(type));
      const field = shape?.required[0] ?? '';
      const broken: Record<string, unknown> = { ...rule };
      Reflect.deleteProperty(broken, field);
      expect(parseRuleSet({ ...DEFAULT_RULES, rules: [broken] }).ok).toBe(false);
    }
  });
});
