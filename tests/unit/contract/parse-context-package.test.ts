import { describe, expect, it } from 'vitest';
import {
  CONTRACT_ISSUE_CODES,
  parseContextPackage,
  salvageContextPackage,
} from '../../../src/core/contract';
import { validPackage, withChange } from '../../support/packages';

describe('parseContextPackage', () => {
  it('accepts a complete package given as JSON text and keeps its parts', () => {
    const result = parseContextPackage(JSON.stringify(validPackage));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.trigger).toEqual(validPackage.trigger);
    expect(result.value.transcript).toHaveLength(3);
    expect(result.value.customer?.planTier).toBe('enterprise');
    expect(result.warnings).toEqual([]);
  });

  it('defaults the model to async and accepts a package with only the required parts', () => {
    const minimal = {
      schema: 'handoff-context/v1',
      conversationId: 'c1',
      handedOffAt: '2026-11-20T10:32:11+01:00',
      trigger: { ruleId: 'human', type: 'customer' },
      transcript: [],
    };
    const result = parseContextPackage(minimal);
    expect(result.ok && result.value.model).toBe('async');
    expect(result.ok && result.value.customer).toBeUndefined();
  });

  it.each([
    ['not_json', '{"schema": ', []],
    ['not_object', '[1,2]', []],
    ['wrong_schema', withChange(['schema'], 'handoff-context/v2'), ['schema']],
    ['required', withChange(['conversationId'], undefined), ['conversationId']],
    ['required', withChange(['trigger', 'ruleId'], ''), ['trigger', 'ruleId']],
    ['required', withChange(['transcript'], null), ['transcript']],
    ['required', withChange(['transcript', 0, 'text'], undefined), ['transcript', 0, 'text']],
    ['wrong_type', withChange(['customer', 'email'], 42), ['customer', 'email']],
    ['wrong_type', withChange(['transcript'], 'hello'), ['transcript']],
    ['wrong_type', withChange(['customer', 'authenticated'], 'yes'), ['customer', 'authenticated']],
    ['invalid_value', withChange(['transcript', 1, 'role'], 'robot'), ['transcript', 1, 'role']],
    ['invalid_value', withChange(['trigger', 'type'], 'sentiment'), ['trigger', 'type']],
    ['invalid_value', withChange(['model'], 'email'), ['model']],
    ['invalid_date', withChange(['handedOffAt'], 'yesterday'), ['handedOffAt']],
    [
      'invalid_date',
      withChange(['transcript', 2, 'at'], '2026-13-45T99:00:00Z'),
      ['transcript', 2, 'at'],
    ],
    ['out_of_range', withChange(['intent', 'confidence'], 1.4), ['intent', 'confidence']],
    ['out_of_range', withChange(['truncated'], -3), ['truncated']],
  ] as const)('reports %s at %j', (code, input, path) => {
    const result = parseContextPackage(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('collects every issue in one pass', () => {
    const broken = withChange(['transcript', 0, 'role'], 'robot') as Record<string, unknown>;
    broken['handedOffAt'] = 'soon';
    (broken['customer'] as Record<string, unknown>)['email'] = 7;
    const result = parseContextPackage(broken);
    expect(result.ok ? [] : result.issues.map((i) => i.code).sort()).toEqual([
      'invalid_date',
      'invalid_value',
      'wrong_type',
    ]);
  });

  it.each([
    ['message_index_outside', withChange(['trigger', 'messageIndex'], 9)],
    ['transcript_out_of_order', withChange(['transcript', 2, 'at'], '2026-11-20T10:00:00Z')],
    ['messages_truncated', withChange(['truncated'], 12)],
  ] as const)('warns with %s but still accepts the package', (code, input) => {
    const result = parseContextPackage(input);
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual([code]);
  });

  it('produces every issue code the contract declares', () => {
    const produced = new Set<string>();
    const inputs: unknown[] = [
      '{',
      3,
      withChange(['schema'], 'x'),
      withChange(['conversationId'], undefined),
      withChange(['customer', 'email'], 1),
      withChange(['model'], 'x'),
      withChange(['handedOffAt'], 'x'),
      withChange(['truncated'], -1),
      withChange(['trigger', 'messageIndex'], 99),
      withChange(['transcript', 2, 'at'], '2026-11-20T10:00:00Z'),
      withChange(['truncated'], 2),
    ];
    for (const input of inputs) {
      const result = parseContextPackage(input);
      for (const i of result.ok ? result.warnings : result.issues) produced.add(i.code);
    }
    expect([...produced].sort()).toEqual([...CONTRACT_ISSUE_CODES].sort());
  });

  it.each([
    null,
    undefined,
    0,
    true,
    '',
    'null',
    '"text"',
    [],
    {},
    { schema: { deep: [[[]]] } },
    'x'.repeat(100_000),
  ])('returns issues instead of throwing for %j', (input) => {
    expect(parseContextPackage(input).ok).toBe(false);
  });
});

describe('salvageContextPackage', () => {
  it('keeps every part that is individually valid', () => {
    const broken = withChange(['transcript', 1, 'role'], 'robot') as Record<string, unknown>;
    broken['handedOffAt'] = 'not a date';
    const salvage = salvageContextPackage(JSON.stringify(broken));
    expect(salvage.transcript.map((m) => m.text)).toEqual([
      validPackage.transcript[0]?.text,
      validPackage.transcript[2]?.text,
    ]);
    expect(salvage.customer?.email).toBe('ana@example.com');
    expect(salvage.trigger?.ruleId).toBe('refund');
    expect(salvage.handedOffAt).toBeUndefined();
  });

  it('returns an empty transcript for input that is not an object', () => {
    expect(salvageContextPackage('<html>')).toEqual({ transcript: [] });
  });
});
