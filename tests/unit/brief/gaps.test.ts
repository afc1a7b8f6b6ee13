import { describe, expect, it } from 'vitest';
import { buildBrief, GAP_CODES, type GapCode } from '../../../src/core/brief';
import type { PartialContextPackage } from '../../../src/core/contract';
import { botSays, customerSays, fullPackage, packageWith, without } from '../../support/packages';

const full = fullPackage();
const customer = full.customer ?? {};
const untimed = full.transcript.map(({ role, text }) => ({ role, text }));

const cases: [GapCode, PartialContextPackage][] = [
  ['no_trigger', packageWith({ trigger: undefined })],
  ['no_rule_label', packageWith({ trigger: without(full.trigger, 'label') })],
  ['no_rule_label', packageWith({ trigger: { ...full.trigger, label: '   ' } })],
  ['no_matched_words', packageWith({ trigger: { ruleId: 'refund', type: 'keyword', label: 'R' } })],
  ['firing_message_missing', packageWith({ trigger: { ...full.trigger, messageIndex: 9 } })],
  [
    'no_confidence_figures',
    packageWith({ trigger: { ruleId: 'low', type: 'confidence', label: 'Low', threshold: 0.6 } }),
  ],
  ['no_intent', packageWith({ intent: undefined })],
  ['identity_unknown', packageWith({ customer: undefined })],
  ['identity_unknown', packageWith({ customer: { name: ' ', email: '' } })],
  ['no_customer_name', packageWith({ customer: without(customer, 'name') })],
  ['no_email', packageWith({ customer: without(customer, 'email') })],
  ['no_account_id', packageWith({ customer: without(customer, 'accountId') })],
  ['no_plan_tier', packageWith({ customer: without(customer, 'planTier') })],
  ['authentication_unknown', packageWith({ customer: without(customer, 'authenticated') })],
  ['no_page', packageWith({ page: undefined })],
  ['no_page', packageWith({ page: {} })],
  ['no_page_title', packageWith({ page: { url: 'https://example.com' } })],
  ['no_page_url', packageWith({ page: { title: 'Billing' } })],
  ['page_url_not_linkable', packageWith({ page: { url: 'javascript:alert(1)', title: 'x' } })],
  [
    'no_transcript',
    packageWith({ transcript: [], trigger: without(full.trigger, 'messageIndex') }),
  ],
  ['no_customer_message', packageWith({ transcript: [botSays('Hi!')] })],
  ['duration_unknown', packageWith({ transcript: untimed })],
  [
    'duration_unknown',
    packageWith({ transcript: [customerSays('refund', '2026-11-20T10:30:02Z')] }),
  ],
  ['transcript_truncated', packageWith({ truncated: 12 })],
];

describe('gaps', () => {
  it.each(cases)('names %s when that part is missing', (code, pkg) => {
    expect(buildBrief(pkg).gaps).toContain(code);
  });

  it('has a case for every gap code', () => {
    expect(new Set(cases.map(([code]) => code))).toEqual(new Set(GAP_CODES));
  });

  it.each([
    ['identity_unknown', { customer: undefined }, ['no_customer_name', 'no_plan_tier']],
    ['no_page', { page: undefined }, ['no_page_title', 'no_page_url']],
    ['no_transcript', { transcript: [] }, ['no_customer_message', 'duration_unknown']],
  ] as const)('names %s alone, without the finer gaps of that part', (code, change, finer) => {
    const gaps = buildBrief(packageWith(change)).gaps;
    expect(gaps).toContain(code);
    for (const other of finer) expect(gaps).not.toContain(other);
  });

  it('lists nothing for a confidence trigger without matched words', () => {
    const pkg = packageWith({
      trigger: { ruleId: 'low', type: 'confidence', label: 'Low', confidence: 0.3, threshold: 0.6 },
    });
    expect(buildBrief(pkg).gaps).toEqual([]);
  });

  it('lists gaps in GAP_CODES order, each once', () => {
    const gaps = buildBrief({ transcript: [] }).gaps;
    expect(gaps).toEqual(GAP_CODES.filter((code) => gaps.includes(code)));
    expect(gaps).toEqual([
      'no_trigger',
      'no_intent',
      'identity_unknown',
      'no_page',
      'no_transcript',
    ]);
  });
});
