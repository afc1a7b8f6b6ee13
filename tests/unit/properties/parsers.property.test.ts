import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConversationFile } from '../../../src/core/bot';
import { parseContextPackage, salvageContextPackage } from '../../../src/core/contract';
import { DEFAULT_RULES, parseRuleSet } from '../../../src/core/routing';
import { validPackage } from '../../support/packages';
import { anyInput } from './arbitraries';

const validConversation = {
  conversationId: 'c1',
  messages: [{ role: 'customer', text: 'refund', at: '2026-11-20T10:30:02Z', kind: 'text' }],
  intent: { name: 'billing', confidence: 0.5 },
  customer: { name: 'Ana' },
};

const RESULT_PARSERS = [
  ['parseContextPackage', parseContextPackage, validPackage],
  ['parseRuleSet', parseRuleSet, DEFAULT_RULES],
  ['readConversationFile', readConversationFile, validConversation],
] as const;

describe.each([
  ...RESULT_PARSERS,
  ['salvageContextPackage', salvageContextPackage, validPackage] as const,
])('%s', (_, parse, valid) => {
  it('never throws and answers the same twice, whatever it is given', () => {
    fc.assert(
      fc.property(anyInput(valid), (input) => {
        const first = parse(input);
        expect(parse(input)).toEqual(first);
      }),
    );
  });
});

describe.each(RESULT_PARSERS)('%s', (_, parse, valid) => {
  it('refuses only with at least one issue, each with a code and a path', () => {
    fc.assert(
      fc.property(anyInput(valid), (input) => {
        const result = parse(input);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const found of result.issues) {
          expect(found.code).toMatch(/^[a-z_]+$/);
          expect(Array.isArray(found.path)).toBe(true);
        }
      }),
    );
  });
});
