import { describe, expect, it } from 'vitest';
import { BOT_TRIES_SHOWN, buildBrief, countWords, WORD_MAXIMUMS } from '../../../src/core/brief';
import type { TranscriptMessage, Trigger } from '../../../src/core/contract';
import { botSays, customerSays, packageWith } from './packages';

const human: Trigger = { ruleId: 'human', type: 'customer', label: 'Person', matched: 'human' };
const tried = (messages: TranscriptMessage[], trigger: Trigger = human) => {
  const brief = buildBrief(packageWith({ trigger, transcript: messages }));
  return {
    items: brief.botTried.map((t) => [t.index, t.kind, t.text.text, t.times]),
    more: brief.botTriedMore,
  };
};

describe('what the bot tried', () => {
  it('lists replies, buttons and forms as such, most recent first', () => {
    expect(
      tried([
        customerSays('my invoice is wrong'),
        botSays('Here is how invoices work'),
        botSays('Open billing settings', 'button'),
        botSays('Tell us the invoice number', 'form'),
        customerSays('a human please'),
      ]).items,
    ).toEqual([
      [3, 'form', 'Tell us the invoice number', 1],
      [2, 'button', 'Open billing settings', 1],
      [1, 'text', 'Here is how invoices work', 1],
    ]);
  });

  it('leaves out events, blank replies and what the bot said after the firing message', () => {
    const result = tried(
      [
        botSays('Hi! How can I help?'),
        botSays('Answer Bot joined', 'event'),
        botSays('  '),
        customerSays('talk to a human'),
        botSays('Connecting you to an agent'),
      ],
      { ...human, messageIndex: 3 },
    );
    expect(result.items).toEqual([[0, 'text', 'Hi! How can I help?', 1]]);
  });

  it('lists a repeated reply once, with how often it was sent', () => {
    const sorry = botSays("Sorry, I didn't get that");
    expect(tried([sorry, customerSays('??'), sorry, customerSays('!!'), sorry]).items).toEqual([
      [4, 'text', "Sorry, I didn't get that", 3],
    ]);
  });

  it(`lists ${BOT_TRIES_SHOWN} and counts the rest`, () => {
    const replies = Array.from({ length: 8 }, (_, i) => botSays(`Try number ${i}`));
    const result = tried(replies);
    expect(result.items.map(([index]) => index)).toEqual([7, 6, 5]);
    expect(result.more).toBe(5);
  });

  it('shortens a reply longer than its maximum on a word boundary, keeping the full text', () => {
    const reply = `You can request a refund from the billing page in settings. ${'More words here. '.repeat(10)}`;
    const brief = buildBrief(packageWith({ trigger: human, transcript: [botSays(reply)] }));
    const [item] = brief.botTried;
    expect(item?.text.text).toBe(
      'You can request a refund from the billing page in settings. More words here. More…',
    );
    expect(countWords(item?.text.text ?? '')).toBeLessThanOrEqual(WORD_MAXIMUMS.botTry);
    expect([item?.text.isShortened, item?.text.full]).toEqual([true, reply]);
  });

  it('is empty when the bot said nothing', () => {
    expect(tried([customerSays('human')])).toEqual({ items: [], more: 0 });
  });
});
