import { describe, expect, it } from 'vitest';
import {
  COMPACT_MAX_BYTES,
  PASS_CONTROL_METADATA_BYTES,
  toCompactPackage,
  toPassControlMetadata,
  utf8Length,
} from '../../../src/core/bot';
import {
  COMPACT_DROP_ORDER,
  parseContextPackage,
  type ContextPackage,
} from '../../../src/core/contract';

const long = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

const PKG: ContextPackage = {
  schema: 'handoff-context/v1',
  conversationId: 'conv_5f1e0c',
  handedOffAt: '2026-11-24T09:12:00Z',
  model: 'async',
  trigger: {
    ruleId: 'refund',
    type: 'keyword',
    label: 'Refunds and billing disputes',
    matched: 'refund',
  },
  intent: { name: 'billing.refund', confidence: 0.86 },
  customer: {
    name: 'Tomás Ferreira',
    email: 'tomas@ferreira.example',
    accountId: 'LL-30412',
    planTier: 'growth',
    authenticated: true,
  },
  page: { url: 'https://app.ledgerline.example/settings/billing', title: 'Billing' },
  transcript: [
    { at: '2026-11-24T09:10:00Z', role: 'customer', text: 'hi' },
    { at: '2026-11-24T09:11:50Z', role: 'customer', text: 'I want a refund please' },
  ],
  truncated: 4,
  locale: 'en-US',
};

/** Realistic long values everywhere a compact package carries text. */
const LONG: ContextPackage = {
  ...PKG,
  trigger: {
    ...PKG.trigger,
    label: long('Refunds, chargebacks and billing disputes', 12),
    matched: long('money back', 30),
  },
  intent: { name: `billing.${long('refund_request', 20).replace(/ /g, '_')}`, confidence: 0.5 },
  customer: {
    ...PKG.customer,
    name: long('Maria-José Fernández de la Torre', 8),
    accountId: long('ACME', 60),
    planTier: long('enterprise plus', 30),
  },
  page: {
    url: `https://app.example.com/${long('settings/billing/invoices', 40).replace(/ /g, '/')}`,
    title: long('Billing · Invoices', 40),
  },
};

describe('toCompactPackage', () => {
  it('writes every part but the transcript, with how many messages the bot saw and since when', () => {
    const { json, omitted } = toCompactPackage(PKG);
    const parsed = parseContextPackage(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(omitted).toEqual([]);
    expect(parsed.value.compact).toEqual({
      messageCount: 6,
      firstMessageAt: '2026-11-24T09:10:00Z',
      omitted: [],
    });
    expect(parsed.value.customer).toEqual(PKG.customer);
  });

  it('fits 3 KB with long values by dropping parts in the stated order, and says which', () => {
    const { json, omitted } = toCompactPackage(LONG);
    expect(utf8Length(json)).toBeLessThanOrEqual(COMPACT_MAX_BYTES);
    expect(omitted.length).toBeGreaterThan(0);
    expect(omitted).toEqual(COMPACT_DROP_ORDER.filter((field) => omitted.includes(field)));
    expect(omitted[0]).toBe('page.title');
    const parsed = parseContextPackage(json);
    expect(parsed.ok && parsed.value.compact?.omitted).toEqual(omitted);
  });
});

describe('toPassControlMetadata', () => {
  it('puts the compact package in the context field and the handoff tags in Zendesk’s keys', () => {
    const metadata = toPassControlMetadata(PKG, {
      contextFieldId: 900000000001,
      firstMessageId: 'm_1',
    });
    expect(Object.keys(metadata)).toEqual([
      'dataCapture.ticketField.900000000001',
      'dataCapture.systemField.tags',
      'first_message_id',
    ]);
    expect(metadata['dataCapture.systemField.tags']).toBe(
      'handoff handoff_rule_refund handoff_type_keyword',
    );
    expect(Object.values(metadata).every((value) => typeof value === 'string')).toBe(true);
  });

  it('stays within the 4 KB Sunshine Conversations allows, however long the values', () => {
    const metadata = toPassControlMetadata(LONG, {
      contextFieldId: 900000000001,
      firstMessageId: 'm_1',
    });
    expect(utf8Length(JSON.stringify(metadata))).toBeLessThanOrEqual(PASS_CONTROL_METADATA_BYTES);
  });
});
