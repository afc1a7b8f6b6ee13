import { describe, expect, it } from 'vitest';
import { buildBrief, type BriefOptions } from '../../../src/core/brief';
import { customerSays, fullPackage, packageWith } from '../../support/packages';

const short = (text: string) => ({ text, full: text, isShortened: false });

describe('buildBrief on a full package', () => {
  const brief = buildBrief(fullPackage());

  it('gives the reason with rule, label, type, matched words and firing message', () => {
    expect(brief.reason).toEqual({
      ruleId: short('refund'),
      label: short('Refunds'),
      labelSource: 'package',
      type: 'keyword',
      matched: short('refund'),
      messageIndex: 2,
    });
  });

  it("gives the bot's intent guess with its confidence", () => {
    expect(brief.intent).toEqual({ name: short('billing.refund'), confidence: 0.82 });
  });

  it('gives the identity with the authentication flag', () => {
    expect(brief.identity).toEqual({
      name: short('Ana Ruiz'),
      email: short('ana@example.com'),
      accountId: short('ACME-2231'),
      planTier: short('enterprise'),
      authenticated: true,
    });
  });

  it('gives the page with a link target', () => {
    expect(brief.page).toEqual({
      title: short('Billing'),
      url: short('https://app.example.com/billing'),
      safeHref: 'https://app.example.com/billing',
    });
  });

  it('reads the short first ask on into the firing message, once, highlighted', () => {
    expect(brief.ask).toEqual([
      {
        index: 0,
        indices: [0, 2],
        role: 'customer',
        at: '2026-11-20T10:30:02Z',
        text: {
          ...short('I was charged twice this month · I want a refund for the second charge'),
          highlights: [{ start: 42, end: 48 }],
        },
        why: ['first', 'fired', 'latest'],
        isFiring: true,
        isLatest: true,
      },
    ]);
  });

  it('gives what the bot tried, whole when the budget has room for it', () => {
    expect(brief.botTried).toEqual([
      {
        index: 1,
        kind: 'text',
        text: short('I can help with billing. Is it about an invoice?'),
        times: 1,
      },
    ]);
    expect(brief.botTriedMore).toBe(0);
  });

  it('gives the counts and no gaps', () => {
    expect(brief.counts).toEqual({
      messages: 3,
      customerMessages: 2,
      durationMs: 98_000,
      truncated: 0,
    });
    expect(brief.gaps).toEqual([]);
  });
});

describe('the rule label', () => {
  const unlabelled = packageWith({
    trigger: { ruleId: 'refund', type: 'keyword', matched: 'refund' },
  });

  it.each<[string, BriefOptions, string | undefined, string | undefined]>([
    [
      'comes from a Map of the current rules',
      { ruleLabels: new Map([['refund', 'Money back']]) },
      'Money back',
      'rules',
    ],
    [
      'comes from a record of the current rules',
      { ruleLabels: { refund: 'Money back' } },
      'Money back',
      'rules',
    ],
    [
      'is absent when the rules do not know the id',
      { ruleLabels: { other: 'Other' } },
      undefined,
      undefined,
    ],
    ['is absent without rules', {}, undefined, undefined],
  ])('%s', (_, options, label, source) => {
    const reason = buildBrief(unlabelled, options).reason;
    expect(reason?.label?.text).toBe(label);
    expect(reason?.labelSource).toBe(source);
  });

  it("prefers the package's own label to the current rules'", () => {
    const reason = buildBrief(fullPackage(), { ruleLabels: { refund: 'Renamed since' } }).reason;
    expect([reason?.label?.text, reason?.labelSource]).toEqual(['Refunds', 'package']);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'finds nothing inherited for the rule id %j',
    (ruleId) => {
      const pkg = packageWith({ trigger: { ruleId, type: 'customer' } });
      expect(buildBrief(pkg, { ruleLabels: {} }).reason?.label).toBeUndefined();
    },
  );
});

describe('the reason of a confidence fallback', () => {
  it('carries the confidence and the threshold', () => {
    const pkg = packageWith({
      trigger: { ruleId: 'no-answer', type: 'confidence', confidence: 0.41, threshold: 0.6 },
    });
    expect(buildBrief(pkg).reason).toMatchObject({
      type: 'confidence',
      confidence: 0.41,
      threshold: 0.6,
    });
  });
});

describe('the identity', () => {
  it.each([
    [false, false],
    [undefined, 'unknown'],
  ] as const)('says authenticated is %s → %s', (given, shown) => {
    const pkg = packageWith({
      customer: { name: 'Ana', ...(given === undefined ? {} : { authenticated: given }) },
    });
    expect(buildBrief(pkg).identity.authenticated).toBe(shown);
  });
});

describe("the headline's topic from the bot's intent", () => {
  it.each([
    ['billing.duplicate_charge', 'Duplicate charge'],
    ['account.2fa', 'Account 2fa'],
    ['account.id', 'Account id'],
    ['refund', 'Refund'],
    ['support.human-handoff', 'Human handoff'],
  ])('reads %s as “%s”', (name, topic) => {
    const brief = buildBrief(packageWith({ intent: { name, confidence: 0.9 } }));
    expect(brief.headline.topic?.text).toBe(topic);
    expect(brief.headline.topicSource).toBe('intent');
  });
});

describe("the headline's topic from what the customer asked", () => {
  it.each([
    ['hi, the Connect Stripe button does nothing', 'The Connect Stripe button does nothing'],
    [
      'Guten Morgen, die Lastschrift wurde nicht eingezogen',
      'Die Lastschrift wurde nicht eingezogen',
    ],
    ['Hello there! my payout failed', 'My payout failed'],
    ['hello? all my invoice emails go to spam', 'All my invoice emails go to spam'],
    ['こんにちは、請求書が届きません', '請求書が届きません'],
    // A word that only starts like a greeting is the topic as written.
    ['Highlights are missing from the export', 'Highlights are missing from the export'],
  ])('reads “%s” as “%s”', (text, topic) => {
    const brief = buildBrief(
      packageWith({
        intent: undefined,
        trigger: {
          ruleId: 'human',
          type: 'customer',
          label: 'Person',
          matched: 'talk to a human',
          messageIndex: 1,
        },
        transcript: [customerSays(text), customerSays('talk to a human')],
      }),
    );
    expect(brief.headline.topicSource).toBe('ask');
    expect(brief.headline.topic?.full).toBe(topic);
  });
});
