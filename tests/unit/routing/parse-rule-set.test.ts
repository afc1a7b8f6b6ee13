import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  ROUTING_ISSUE_CODES,
  parseRuleSet,
  serializeRuleSet,
} from '../../../src/core/routing';

const base = { schema: 'handoff-rules/v1', revision: 3 };
const withRules = (...rules: unknown[]) => ({ ...base, rules });
const keyword = { id: 'refund', type: 'keyword', label: 'Refunds', phrases: ['refund*'] };

describe('parseRuleSet', () => {
  it('accepts the defaults and reads enabled as true when absent', () => {
    const result = parseRuleSet(withRules(keyword));
    expect(result.ok && result.value.rules[0]).toMatchObject({ id: 'refund', enabled: true });
    expect(parseRuleSet(serializeRuleSet(DEFAULT_RULES))).toEqual({
      ok: true,
      value: DEFAULT_RULES,
      warnings: [],
    });
  });

  const CASES = [
    ['not_json', '{rules', []],
    ['not_object', '"rules"', []],
    ['wrong_schema', { ...withRules(keyword), schema: 'rules/v0' }, ['schema']],
    ['invalid_revision', { ...withRules(keyword), revision: -1 }, ['revision']],
    ['required', { ...base }, ['rules']],
    ['required', withRules({ ...keyword, label: ' ' }), ['rules', 0, 'label']],
    ['wrong_type', { ...base, rules: 'all' }, ['rules']],
    [
      'refused_type',
      withRules({ id: 'mood', type: 'sentiment', label: 'Angry' }),
      ['rules', 0, 'type'],
    ],
    ['refused_type', withRules({ id: 'slow', type: 'time', label: 'Slow' }), ['rules', 0, 'type']],
    [
      'refused_type',
      withRules({ id: 'long', type: 'turn_count', label: 'Long' }),
      ['rules', 0, 'type'],
    ],
    ['unknown_type', withRules({ id: 'x', type: 'regex', label: 'X' }), ['rules', 0, 'type']],
    ['duplicate_id', withRules(keyword, { ...keyword, label: 'Again' }), ['rules', 1, 'id']],
    [
      'duplicate_id',
      withRules({ ...keyword, id: 'no-answer' }, { ...keyword, id: 'no_answer' }),
      ['rules', 1, 'id'],
    ],
    ['tag_unsafe_id', withRules({ ...keyword, id: 'Refund Rule' }), ['rules', 0, 'id']],
    ['empty_phrases', withRules({ ...keyword, phrases: [] }), ['rules', 0, 'phrases']],
    [
      'empty_phrase',
      withRules({ ...keyword, phrases: ['ok', ' *! '] }),
      ['rules', 0, 'phrases', 1],
    ],
    [
      'empty_intents',
      withRules({ id: 'a', type: 'intent', label: 'A', intents: [] }),
      ['rules', 0, 'intents'],
    ],
    [
      'threshold_out_of_range',
      withRules({ id: 'c', type: 'confidence', label: 'C', below: 1.5 }),
      ['rules', 0, 'below'],
    ],
    [
      'threshold_out_of_range',
      withRules({ id: 'i', type: 'intent', label: 'I', intents: ['a'], minConfidence: -0.1 }),
      ['rules', 0, 'minConfidence'],
    ],
    ['required', withRules({ id: 'c', type: 'confidence', label: 'C' }), ['rules', 0, 'below']],
    ['not_object', withRules('refund'), ['rules', 0]],
    ['wrong_type', withRules({ ...keyword, id: 7 }), ['rules', 0, 'id']],
    ['wrong_type', withRules({ ...keyword, type: 3 }), ['rules', 0, 'type']],
    ['wrong_type', withRules({ ...keyword, enabled: 'yes' }), ['rules', 0, 'enabled']],
    ['wrong_type', withRules({ ...keyword, description: ['x'] }), ['rules', 0, 'description']],
    ['wrong_type', withRules({ ...keyword, phrases: 'refund' }), ['rules', 0, 'phrases']],
    ['wrong_type', withRules({ ...keyword, phrases: [3] }), ['rules', 0, 'phrases', 0]],
    [
      'empty_phrase',
      withRules({ ...keyword, phrases: ['\u0640\u0301'] }),
      ['rules', 0, 'phrases', 0],
    ],
    ['tag_unsafe_id', withRules({ ...keyword, id: 'r'.repeat(41) }), ['rules', 0, 'id']],
    ['tag_unsafe_id', withRules({ ...keyword, id: '-refund' }), ['rules', 0, 'id']],
  ] as const;

  it.each(CASES)('refuses with %s at %j', (code, input, path) => {
    const result = parseRuleSet(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('names the refused type so the explanation can say why', () => {
    const result = parseRuleSet(withRules({ id: 'mood', type: 'sentiment', label: 'Angry' }));
    expect(result.ok ? undefined : result.issues[0]?.params).toEqual({ type: 'sentiment' });
  });

  it('warns, without refusing, when more than five rules are enabled', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ ...keyword, id: `r${i}` }));
    const result = parseRuleSet(withRules(...many, { ...keyword, id: 'off', enabled: false }));
    expect(result.ok && result.warnings).toEqual([
      { code: 'too_many_rules', path: ['rules'], params: { count: 6, limit: 5 } },
    ]);
  });

  it('collects issues from every rule at once', () => {
    const result = parseRuleSet({
      ...withRules(
        { ...keyword, id: 'A B' },
        { id: 'm', type: 'sentiment', label: 'M' },
        { id: 'x', type: 'regex', label: 'X' },
        { ...keyword, phrases: [] },
        { ...keyword, id: 'refund', label: '' },
        { id: 'c', type: 'confidence', label: 'C', below: 2 },
      ),
      revision: 1.5,
    });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual([
      'invalid_revision',
      'tag_unsafe_id',
      'refused_type',
      'unknown_type',
      'empty_phrases',
      'required',
      'duplicate_id',
      'threshold_out_of_range',
    ]);
  });

  it('reads trimmed labels and phrases, and keeps a description', () => {
    const result = parseRuleSet(
      withRules({ ...keyword, label: ' Refunds ', phrases: [' refund* '], description: 'Why' }),
    );
    expect(result.ok && result.value.rules[0]).toEqual({
      id: 'refund',
      type: 'keyword',
      label: 'Refunds',
      enabled: true,
      description: 'Why',
      phrases: ['refund*'],
    });
  });

  it('produces every issue code it declares', () => {
    const produced = new Set<string>(['too_many_rules']);
    for (const [, input] of CASES) {
      const result = parseRuleSet(input);
      if (!result.ok) for (const found of result.issues) produced.add(found.code);
    }
    expect([...produced].sort()).toEqual([...ROUTING_ISSUE_CODES].sort());
  });

  it('ships the defaults as the manifest default of the routing_rules setting', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
      parameters: { name: string; default?: string; secure?: boolean }[];
    };
    const setting = manifest.parameters.find((p) => p.name === 'routing_rules');
    expect(setting?.default).toBe(serializeRuleSet(DEFAULT_RULES));
    expect(setting?.secure).toBe(false);
  });
});
