import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES } from '../../../scripts/schema-files';
import {
  COMPACT_DROP_ORDER,
  CONTEXT_PACKAGE_JSON_SCHEMA,
  MESSAGE_ROLES,
  TRIGGER_TYPES,
  parseContextPackage,
} from '../../../src/core/contract';
import { validPackage, withChange } from '../../support/packages';

describe('published JSON Schemas', () => {
  it.each(SCHEMA_FILES.map(([file, schema]) => [file, schema]))(
    '%s matches the exported schema',
    (file, schema) => {
      expect(JSON.parse(readFileSync(file as string, 'utf8'))).toEqual(schema);
    },
  );

  it('uses the same vocabularies as the parser', () => {
    const { properties } = CONTEXT_PACKAGE_JSON_SCHEMA;
    expect(properties.trigger.properties.type.enum).toEqual([...TRIGGER_TYPES]);
    expect(properties.transcript.items.properties.role.enum).toEqual([...MESSAGE_ROLES]);
  });

  it.each(CONTEXT_PACKAGE_JSON_SCHEMA.required)(
    'marks %s required exactly as the parser does',
    (field) => {
      const result = parseContextPackage(withChange([field], undefined));
      expect(result.ok).toBe(false);
      expect(parseContextPackage(validPackage).ok).toBe(true);
    },
  );

  it('leaves transcript optional because the parser reads its absence as the compact profile', () => {
    expect(CONTEXT_PACKAGE_JSON_SCHEMA.required).not.toContain('transcript');
    const compact = parseContextPackage(withChange(['transcript'], undefined));
    expect(compact.ok && compact.value.compact).toBeDefined();
    expect(parseContextPackage(withChange(['transcript'], null)).ok).toBe(false);
  });

  it('lists the parts a compact package may omit in the order bots drop them', () => {
    expect(CONTEXT_PACKAGE_JSON_SCHEMA.properties.omitted.items.enum).toEqual([
      ...COMPACT_DROP_ORDER,
    ]);
  });
});
