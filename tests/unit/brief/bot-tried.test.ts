import { describe, expect, it } from 'vitest';
import { BOT_TRIES_SHOWN, buildBrief, countWords, WORD_MAXIMUMS } from '../../../src/core/brief';
import type { TranscriptMessage, Trigger } from '../../../src/core/contract';
import { botSays, customerSays, packageWith } from '../../support/packages';

const human: Trigger = { ruleId: 'human', type: 'customer', label: 'Person', matched: 'human' };
const brief = (messages: TranscriptMessage[], trigger: Trigger = human) =>
  buildBrief(packageWith({ trigger, transcript: messages }));
const tried = (messages: TranscriptMessage[], trigger: Trigger = human) => {
  const result = brief(messages, trigger);
  return {
    items: result.botTried.map((t) => [t.index, t.kind, t.text.text, t.times]),
    more: result.botTriedMore,
  };
};

describe('what the bot tried', () => {
  it('lists answers, buttons and forms in the order it tried them', () => {
    const result = tried([
      customerSays('my invoice is wrong'),
      botSays('Invoices are issued on the 1st; corrections create a credit note.'),
      botSays('Open billing settings', 'button'),
      botSays('Tell us the invoice number\nInvoice number\nDate', 'form'),
      customerSays('a human please'),
    ]);
    expect(result.items).toEqual([
      [2, 'button', 'Open billing settings', 1],
      // A form is its prompt: the field labels below it do not run into it.
      [3, 'form', 'Tell us the invoice number', 1],
    ]);
    expect(result.more).toBe(1);
    expect(
      tried([
        customerSays('my invoice is wrong'),
        botSays('Invoices are issued on the 1st; corrections create a credit note.'),
        botSays('Open billing settings', 'button'),
        customerSays('a human please'),
      ]).items,
    ).toEqual([
      [1, 'text', 'Invoices are issued on the 1st; corrections create a credit note.', 1],
      [2, 'button', 'Open billing settings', 1],
    ]);
  });

  it.each([
    [
      'Sorry about that! Let me look. I can see one invoice for Nov 18 and a pending charge that drops off within five business days.',
      'I can see one invoice for Nov 18 and a pending charge that drops off within five business days.',
    ],
    [
      "I'm sorry it's still not working. One more thing to try: clear the cache.",
      'One more thing to try: clear the cache.',
    ],
    ['I understand. The late fee is added automatically.', 'The late fee is added automatically.'],
    [
      'Es tut mir leid. Die Gebühr wird automatisch berechnet.',
      'Die Gebühr wird automatisch berechnet.',
    ],
    [
      'Das tut mir leid. Manchmal zeigt die Bank eine Vormerkung neben der Buchung.',
      'Manchmal zeigt die Bank eine Vormerkung neben der Buchung.',
    ],
    [
      'Je suis désolée. Le remboursement arrive sous cinq jours.',
      'Le remboursement arrive sous cinq jours.',
    ],
    ['Lamento el problema. El reembolso tarda cinco días.', 'El reembolso tarda cinco días.'],
    [
      'I apologize for the inconvenience. Refunds arrive within five days.',
      'Refunds arrive within five days.',
    ],
    ['申し訳ございません。請求書は設定から再送できます。', '請求書は設定から再送できます。'],
    [
      'Hi! When you send from your own domain, it needs SPF and DKIM records.',
      'When you send from your own domain, it needs SPF and DKIM records.',
    ],
    [
      'Hi Ana, your refund was sent. It takes five days.',
      'Hi Ana, your refund was sent. It takes five days.',
    ],
    // Saying it had no answer is what the bot tried, and a courtesy alone stays as it is.
    ["Sorry, I didn't get that. Try rephrasing.", "Sorry, I didn't get that. Try rephrasing."],
    ['Sorry about that!', 'Sorry about that!'],
  ])('starts %j with what the bot offered', (reply, shown) => {
    expect(
      brief([customerSays('my payout failed'), botSays(reply), customerSays('human')]).botTried.map(
        (item) => item.text.full,
      ),
    ).toEqual([shown]);
  });

  it.each([
    ['a greeting', "Hi Marisol! I'm Ledgerline's assistant. What can I help you with?"],
    ['a menu question', 'What would you like to do?'],
    ['a "let me check"', 'Let me check that for you.'],
    ['a wait for the customer', "Sure, I'll be here."],
    ['a "let me know how it goes"', 'Let me know how it goes.'],
    ['a German wait for the customer', 'Lassen Sie sich Zeit.'],
    ['its handoff line', "I'm handing this over to our support team now."],
    ['a German handoff line', 'Ich gebe das an unser Team weiter.'],
    ['a Japanese handoff line', '担当チームにおつなぎします。'],
  ])('leaves out %s', (_, line) => {
    expect(
      tried([
        botSays(line),
        customerSays('the payout to my bank failed'),
        botSays('Payouts fail when the IBAN is wrong: check it in Settings.'),
        customerSays('talk to a human'),
      ]).items.map(([, , text]) => text),
    ).toEqual(['Payouts fail when the IBAN is wrong: check it in Settings.']);
  });

  it('leaves out events, blank replies and what the bot said after the firing message', () => {
    const result = tried(
      [
        botSays('Invoices are emailed on the 1st of each month.'),
        botSays('Answer Bot joined', 'event'),
        botSays('  '),
        customerSays('talk to a human'),
        botSays('Our plans start at $19 a month.'),
      ],
      { ...human, messageIndex: 3 },
    );
    expect(result.items).toEqual([
      [0, 'text', 'Invoices are emailed on the 1st of each month.', 1],
    ]);
  });

  it('lists a repeated reply once, with how often it was sent', () => {
    const sorry = botSays("Sorry, I didn't get that. Try rephrasing your question.");
    expect(
      tried([sorry, customerSays('??'), sorry, customerSays('!!'), sorry, customerSays('human')])
        .items,
    ).toEqual([[4, 'text', "Sorry, I didn't get that. Try rephrasing your question.", 3]]);
  });

  it('lists an answer sent early and again just before the handoff among the latest', () => {
    const signature = botSays('Signatures are an HMAC of the raw body: verify it before parsing.');
    const result = tried([
      customerSays('signature mismatch on invoice.paid'),
      signature,
      customerSays('how do I replay events'),
      botSays('Replay events from Developers › Events.'),
      customerSays('the list stops at 12 results'),
      botSays('List endpoints use cursor pagination.'),
      customerSays('same 401 on invoice.paid again'),
      signature,
      customerSays("I've tried that, talk to a human"),
    ]);
    expect(result.items).toEqual([
      [5, 'text', 'List endpoints use cursor pagination.', 1],
      [7, 'text', 'Signatures are an HMAC of the raw body: verify it before parsing.', 2],
    ]);
    expect(result.more).toBe(1);
  });

  it(`lists the latest ${BOT_TRIES_SHOWN}, in order, and counts the earlier ones`, () => {
    const replies = Array.from({ length: 8 }, (_, i) => botSays(`Try number ${i} of the fixes`));
    const result = tried([...replies, customerSays('human')]);
    expect(result.items.map(([index]) => index)).toEqual([6, 7]);
    expect(result.more).toBe(6);
  });

  it('counts the answers the customer turned down and the times they said it again', () => {
    const { botTriedOutcome } = brief([
      customerSays('the logo on my invoices is still the old one'),
      botSays('Upload the new logo under Settings › Branding and click Save.'),
      customerSays('did that already twice, still the old logo on my invoices'),
      botSays('Sent invoices keep their logo; create a new invoice to see the new one.'),
      customerSays('no. the new invoice has the old logo too'),
      botSays('Could you tell me which browser you use?'),
      customerSays('chrome'),
      customerSays('talk to a human'),
    ]);
    expect(botTriedOutcome).toEqual({ turnedDown: 2, repeated: 1 });
  });

  it('shortens a reply longer than its maximum on a word boundary, keeping the full text', () => {
    const reply = `You can request a refund from the billing page in settings. ${'More words here. '.repeat(10)}`;
    const result = buildBrief(
      packageWith({ trigger: human, transcript: [botSays(reply), customerSays('human')] }),
    );
    const [item] = result.botTried;
    expect(item?.text.text).toBe('You can request a refund from the billing page in settings…');
    expect(countWords(item?.text.text ?? '')).toBeLessThanOrEqual(WORD_MAXIMUMS.botTry);
    expect([item?.text.isShortened, item?.text.full]).toEqual([true, reply]);
  });

  it('is empty when the bot said nothing', () => {
    expect(tried([customerSays('human')])).toEqual({ items: [], more: 0 });
  });
});
