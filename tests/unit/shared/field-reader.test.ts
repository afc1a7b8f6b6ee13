import { describe, expect, it } from 'vitest';
import { FieldReader } from '../../../src/core/shared';

type AllCodes = 'required' | 'wrong_type' | 'invalid_date' | 'invalid_value' | 'out_of_range';

describe('the field reader every parser shares', () => {
  it('reads null as absent and reports it only where the field is required', () => {
    const r = new FieldReader<AllCodes>();
    expect(r.string({ name: null }, 'name', ['customer'])).toBeUndefined();
    expect(r.issues).toEqual([]);
    expect(r.string({ name: null }, 'name', ['customer'], true)).toBeUndefined();
    expect(r.issues).toEqual([{ code: 'required', path: ['customer', 'name'] }]);
  });

  it('takes a required string of white space as missing, an optional one as given', () => {
    const r = new FieldReader<AllCodes>();
    expect(r.string({ label: '  ' }, 'label', [], true)).toBeUndefined();
    expect(r.string({ label: '  ' }, 'label', [])).toBe('  ');
    expect(r.issues.map((found) => found.code)).toEqual(['required']);
  });

  it.each([
    ['object', (r: FieldReader<AllCodes>) => r.object({ v: 'x' }, 'v', [])],
    ['list', (r: FieldReader<AllCodes>) => r.list({ v: {} }, 'v', [])],
    ['string', (r: FieldReader<AllCodes>) => r.string({ v: 4 }, 'v', [])],
    ['boolean', (r: FieldReader<AllCodes>) => r.boolean({ v: 'yes' }, 'v', [])],
    ['number', (r: FieldReader<AllCodes>) => r.number({ v: '0.5' }, 'v', [], 0, 1)],
    ['positive_integer', (r: FieldReader<AllCodes>) => r.id({ v: 0 }, 'v', [])],
  ] as const)('says a value of the wrong kind should be %s', (expected, read) => {
    const r = new FieldReader<AllCodes>();
    expect(read(r)).toBeUndefined();
    expect(r.issues).toEqual([{ code: 'wrong_type', path: ['v'], params: { expected } }]);
  });

  it('reports a date, a choice and a range with what it found', () => {
    const r = new FieldReader<AllCodes>();
    expect(r.date({ at: 'yesterday' }, 'at', [])).toBeUndefined();
    expect(r.oneOf({ role: 'bot' }, 'role', [], ['customer', 'agent'])).toBeUndefined();
    expect(r.number({ share: 2 }, 'share', [], 0, 1)).toBeUndefined();
    expect(r.date({ at: '2026-12-07T10:00:00Z' }, 'at', [])).toBe('2026-12-07T10:00:00Z');
    expect(r.issues).toEqual([
      { code: 'invalid_date', path: ['at'], params: { value: 'yesterday' } },
      {
        code: 'invalid_value',
        path: ['role'],
        params: { value: 'bot', allowed: 'customer, agent' },
      },
      { code: 'out_of_range', path: ['share'], params: { min: 0, max: 1 } },
    ]);
  });

  it('keeps the objects of a list that read, and reports the items that are not objects', () => {
    const r = new FieldReader<AllCodes>();
    const names = r.each([{ name: 'Ana' }, 'Ben', { name: 3 }], ['users'], (item, at) =>
      r.string(item, 'name', at, true),
    );
    expect(names).toEqual(['Ana']);
    expect(r.issues).toEqual([
      { code: 'wrong_type', path: ['users', 1], params: { expected: 'object' } },
      { code: 'wrong_type', path: ['users', 2, 'name'], params: { expected: 'string' } },
    ]);
  });

  it('will not let a parser report a code its own list has no words for', () => {
    const r = new FieldReader<'required' | 'wrong_type'>();
    // @ts-expect-error: this parser's codes have no `invalid_date`, so it cannot read dates.
    r.date({ at: 'x' }, 'at', []);
    // @ts-expect-error: nor `out_of_range`, so it cannot read bounded numbers.
    r.number({ n: 2 }, 'n', [], 0, 1);
    expect(r.issues.length).toBe(2);
  });
});
