import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../../src/core/contract';
import {
  DEFAULT_RULES,
  describeRuleSet,
  evaluate,
  ruleIdFromLabel,
  ruleTag,
  ruleTypeTag,
  tagValue,
  tagsFor,
  TAG_SAFE_ID,
} from '../../../src/core/routing';

describe('handoff tags', () => {
  it.each([
    ['no-answer', 'no_answer'],
    ['refund', 'refund'],
    ['a_b-c', 'a_b_c'],
    ['Remboursé Rule', 'rembourse_rule'],
    ['billing.refund/v2', 'billing_refund_v2'],
  ])('turns %j into the tag value %j', (text, value) => {
    expect(tagValue(text)).toBe(value);
    expect(value).toMatch(/^[a-z0-9_]+$/);
  });

  it('names the rule and the type', () => {
    expect(ruleTag('no-answer')).toBe('handoff_rule_no_answer');
    expect(ruleTypeTag('confidence')).toBe('handoff_type_confidence');
  });

  it('gives the same tags for a decision and for the trigger written from it', () => {
    const decision = evaluate(DEFAULT_RULES, {
      messages: [{ role: 'customer', text: 'I want a refund' }],
    });
    const expected = ['handoff', 'handoff_rule_refund', 'handoff_type_keyword'];
    expect(tagsFor(decision)).toEqual(expected);
    const trigger: Trigger = {
      ruleId: 'refund',
      type: 'keyword',
      label: 'Refunds',
      matched: 'refund',
    };
    expect(tagsFor(trigger)).toEqual(expected);
  });

  it('gives no tags when the decision is not to hand off', () => {
    expect(tagsFor(evaluate(DEFAULT_RULES, { messages: [] }))).toEqual([]);
  });

  it('describes every rule with the tags its hits carry, in priority order', () => {
    const described = describeRuleSet(DEFAULT_RULES);
    expect(described.map((rule) => rule.ruleTag)).toEqual(
      DEFAULT_RULES.rules.map((rule) => `handoff_rule_${rule.id.replace(/-/g, '_')}`),
    );
    expect(described.at(-1)).toEqual({
      ruleId: 'no-answer',
      label: 'Bot had no good answer',
      type: 'confidence',
      enabled: true,
      ruleTag: 'handoff_rule_no_answer',
      typeTag: 'handoff_type_confidence',
    });
  });
});

describe('ruleIdFromLabel', () => {
  it.each([
    ['Outages (EU)', [], 'outages-eu'],
    ['Réclamations – été', [], 'reclamations-ete'],
    ['Refunds', ['refunds'], 'refunds-2'],
    // Two ids whose tags collide are one tag: the new one is numbered.
    ['No answer', ['no_answer', 'no-answer-2'], 'no-answer-3'],
    ['返金', [], 'keyword'],
    ['返金', ['keyword'], 'keyword-2'],
    ['', [], 'keyword'],
  ])('makes %j (taken %j) into %j', (label, taken, id) => {
    const made = ruleIdFromLabel(label, taken, 'keyword');
    expect(made).toBe(id);
    expect(TAG_SAFE_ID.test(made)).toBe(true);
  });

  it('stays within the 40 characters an id may have', () => {
    const taken = Array.from({ length: 12 }, (_, i) =>
      i === 0 ? 'a'.repeat(36) : `${'a'.repeat(36)}-${i + 1}`,
    );
    const made = ruleIdFromLabel('a'.repeat(80), taken, 'keyword');
    expect(made).toBe(`${'a'.repeat(36)}-13`);
    expect(TAG_SAFE_ID.test(made)).toBe(true);
  });
});
