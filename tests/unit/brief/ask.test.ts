import { describe, expect, it } from 'vitest';
import {
  buildBrief,
  countWords,
  MESSAGES_READ,
  WORD_MAXIMUMS,
  type AskItem,
} from '../../../src/core/brief';
import type { TranscriptMessage, Trigger } from '../../../src/core/contract';
import { botSays, customerSays, packageWith } from '../../support/packages';

const refund: Trigger = { ruleId: 'refund', type: 'keyword', label: 'Refunds', matched: 'refund' };
const human = (matched?: string, messageIndex?: number): Trigger => ({
  ruleId: 'human',
  type: 'customer',
  label: 'Asked for a person',
  ...(matched === undefined ? {} : { matched }),
  ...(messageIndex === undefined ? {} : { messageIndex }),
});
const button = (text: string): TranscriptMessage => ({ role: 'customer', kind: 'button', text });
const form = (text: string): TranscriptMessage => ({ role: 'customer', kind: 'form', text });

const ask = (trigger: Trigger | undefined, messages: TranscriptMessage[]) =>
  buildBrief(packageWith({ trigger, transcript: messages, customer: { name: 'Marisol Vega' } }))
    .ask;
const shown = (items: readonly AskItem[]) =>
  items.map((item) => [item.text.text, item.why.join('+')]);

describe('what the customer asked', () => {
  it('gives their problem, the firing message with its words highlighted, and what the latest adds', () => {
    const items = ask({ ...refund, messageIndex: 2 }, [
      customerSays('My invoice INV-2231 shows a second charge for October', '2026-11-20T10:30:00Z'),
      botSays('Duplicate charges are refunded within 5 days.', 'text'),
      customerSays('It has been 9 days, I want a refund', '2026-11-20T10:31:00Z'),
      botSays('I see.'),
      customerSays('also my card expires next week so please use the bank account'),
    ]);
    expect(shown(items)).toEqual([
      ['My invoice INV-2231 shows a second charge for October', 'first'],
      ['It has been 9 days, I want a refund', 'fired'],
      ['also my card expires next week so please use the bank account', 'latest'],
    ]);
    const fired = items[1];
    expect(fired?.text.highlights.map((h) => fired.text.text.slice(h.start, h.end))).toEqual([
      'refund',
    ]);
    expect(items.map((item) => [item.index, item.at])).toEqual([
      [0, '2026-11-20T10:30:00Z'],
      [2, '2026-11-20T10:31:00Z'],
      [4, undefined],
    ]);
  });

  it('looks for the firing words, without an index, only among the messages it reads', () => {
    const firing = (fillers: number) =>
      ask(refund, [
        customerSays('I want a refund for INV-1'),
        ...Array.from({ length: fillers }, (_, i) =>
          i % 2 === 0 ? botSays('Anything else?') : customerSays('still waiting'),
        ),
      ]).find((item) => item.why.includes('fired'))?.index;
    expect(firing(10)).toBe(0);
    expect(firing(MESSAGES_READ)).toBeUndefined();
  });

  // Real conversations, the way customers write them: the escalation, the greeting and the
  // identity answers are never the ask while the problem is in the transcript.
  it.each([
    [
      'a "talk to a human" phrase after the real question',
      human('talk to a human', 4),
      [
        customerSays('how do i change the logo on my invoices, the old one is still showing'),
        botSays('Go to Settings › Branding › Invoice logo and upload a new one.'),
        customerSays('did that already twice. still the old logo on the pdf'),
        botSays('Try opening the preview in a private window.'),
        customerSays('no. can i just talk to a human please'),
      ],
      ['how do i change the logo on my invoices, the old one is still showing'],
    ],
    [
      'the widget button after the real question',
      human(undefined, 2),
      [
        customerSays('MRR on the revenue report is way higher than what stripe says for october'),
        botSays('The revenue report counts trials as MRR.'),
        button('Get help from the team'),
      ],
      ['MRR on the revenue report is way higher than what stripe says for october'],
    ],
    [
      'an escalation after a greeting',
      human('speak to a human', 2),
      [
        customerSays('HEY HO!'),
        botSays('Hi! What can I help you with?'),
        customerSays('my export to xero fails with error XR-409 since monday, speak to a human'),
      ],
      ['my export to xero fails with error XR-409 since monday, speak to a human'],
    ],
    [
      'a problem spread over short messages with identity answers between them',
      human('talk to a human', 8),
      [
        customerSays('hi'),
        botSays('Hi! What can I help you with?'),
        customerSays('my order'),
        botSays('Sure, what is your name?'),
        customerSays('Marisol Vega'),
        customerSays('ORD-48213'),
        customerSays('never arrived, tracking stuck since Friday'),
        botSays('Let me check that for you.'),
        customerSays('talk to a human'),
      ],
      ['my order · never arrived, tracking stuck since Friday'],
    ],
    [
      'an ask in German before "Mensch sprechen"',
      human('mit einem Menschen sprechen', 2),
      [
        customerSays('Die Rechnung RE-2026-1187 wurde doppelt abgebucht'),
        botSays('Das prüfe ich.'),
        customerSays('Ich möchte mit einem Menschen sprechen'),
      ],
      ['Die Rechnung RE-2026-1187 wurde doppelt abgebucht'],
    ],
    [
      'an ask in Japanese before 「担当者と話したい」',
      human('担当者', 2),
      [
        customerSays('スマホを機種変更したので認証コードが届きません'),
        botSays('バックアップコードはお持ちですか？'),
        customerSays('担当者と話したいです'),
      ],
      ['スマホを機種変更したので認証コードが届きません'],
    ],
    [
      'menu buttons and a form answer before the problem',
      human('agent please', 4),
      [
        button('Integrations'),
        button('Salesforce'),
        customerSays('paid invoices are not marked as paid in salesforce since tuesday'),
        form('Salesforce org ID: 00D5g000004XyZq\nInvoice number: INV-2026-11-0287'),
        customerSays('agent please'),
      ],
      ['paid invoices are not marked as paid in salesforce since tuesday'],
    ],
  ])('shows the problem, not the escalation, for %s', (_, trigger, messages, expected) => {
    expect(ask(trigger, messages).map((item) => item.text.text)).toEqual(expected);
  });

  it('keeps a firing message that says more than the escalation', () => {
    const items = ask(human('agent please', 2), [
      customerSays('paid invoices are not marked as paid in salesforce since tuesday'),
      botSays('The sync log shows a FIELD_CUSTOM_VALIDATION error from Salesforce.'),
      customerSays('no idea, our salesforce admin left last month. agent please'),
    ]);
    expect(shown(items)).toEqual([
      ['paid invoices are not marked as paid in salesforce since tuesday', 'first'],
      ['no idea, our salesforce admin left last month. agent please', 'fired+latest'],
    ]);
  });

  it('leaves out a latest message that only says again what was shown', () => {
    const items = ask(undefined, [
      customerSays('the stripe connect button does nothing on the integrations page'),
      botSays('Allow pop-ups and try again.'),
      customerSays('the stripe button still does nothing'),
    ]);
    expect(shown(items)).toEqual([
      ['the stripe connect button does nothing on the integrations page', 'first'],
    ]);
  });

  it('falls back to the firing and latest messages when the customer only asked for a person', () => {
    const items = ask(human('talk to a human', 0), [
      customerSays('talk to a human'),
      botSays('Connecting you now.'),
      customerSays('thanks'),
    ]);
    expect(shown(items)).toEqual([
      ['talk to a human', 'fired'],
      ['thanks', 'latest'],
    ]);
  });

  it('finds the firing message by its matched words when the package names no index', () => {
    const items = ask(refund, [
      customerSays('I need a refund please'),
      botSays('Which order?'),
      customerSays('Order 42, and hurry'),
    ]);
    expect(items.find((item) => item.isFiring)?.text.highlights).toEqual([{ start: 9, end: 15 }]);
  });

  it('does not take a message written after the handoff as the firing one', () => {
    const items = ask(refund, [
      customerSays('I need a refund for the double charge', '2026-11-20T10:30:00Z'),
      customerSays('refund me now', '2026-11-21T10:00:00Z'),
    ]);
    expect(items.find((item) => item.isFiring)?.index).toBe(0);
  });

  it('skips blank customer messages', () => {
    const items = ask(undefined, [
      customerSays('my payout to the bank failed twice'),
      customerSays('   '),
    ]);
    expect(items.map((item) => item.index)).toEqual([0]);
  });

  it('keeps the matched words of a long firing message in view, highlighted', () => {
    const long = `${'blah '.repeat(5_000)}so I want a Refund today ${'etc '.repeat(5_000)}`;
    const [firing] = ask({ ...refund, messageIndex: 0 }, [customerSays(long)]);
    const text = firing?.text.text ?? '';
    const [mark] = firing?.text.highlights ?? [];
    expect(mark && text.slice(mark.start, mark.end)).toBe('Refund');
    expect(countWords(text)).toBeLessThanOrEqual(WORD_MAXIMUMS.askFirst + WORD_MAXIMUMS.askMore);
    expect(firing?.text.full).toBe(long);
  });

  it('cuts Japanese between words, never inside one', () => {
    const text =
      'ログインしようとすると認証コードを求められますが、スマホを機種変更したのでアプリにコードが出てきません'.repeat(
        4,
      );
    const [item] = ask(undefined, [customerSays(text)]);
    const cut = (item?.text.text ?? '').replace(/…$/u, '');
    const words = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)].map(
      (part) => part.index + part.segment.length,
    );
    expect(item?.text.isShortened).toBe(true);
    expect(words).toContain(cut.length);
  });
});
