import { describe, expect, it } from 'vitest';
import {
  aboveFoldWordCount,
  buildBrief,
  countWords,
  DATA_WORD_BUDGET,
  WORD_MAXIMUMS,
  type Brief,
  type ShortText,
  type TextSlot,
} from '../../../src/core/brief';
import type { PartialContextPackage, TranscriptMessage } from '../../../src/core/contract';
import { botSays, customerSays } from './packages';

/** `n` distinct short words: each counts one, so a cut shows exactly its limit less one. */
const words = (n: number, stem = 'w'): string =>
  Array.from({ length: n }, (_, i) => `${stem}${i}`).join(' ');

/** The words a text was given: a cut one shows one fewer, its ellipsis joined to its last word. */
const given = (text: ShortText | undefined): number | undefined =>
  text === undefined ? undefined : countWords(text.text) + (text.isShortened ? 1 : 0);

function sizes(brief: Brief) {
  return {
    ask: brief.ask.map((item) => given(item.text)),
    bot: brief.botTried.map((tried) => given(tried.text)),
    label: given(brief.reason?.label),
    matched: given(brief.reason?.matched),
    intent: given(brief.intent?.name),
    name: given(brief.identity.name),
    email: given(brief.identity.email),
    account: given(brief.identity.accountId),
    plan: given(brief.identity.planTier),
    title: given(brief.page?.title),
    url: given(brief.page?.url),
  };
}

/** A package with no figures: a one-word label, no times, no repeats, at most two tries shown. */
function handoff(
  transcript: TranscriptMessage[],
  firing: number,
  extra: Partial<PartialContextPackage> = {},
): PartialContextPackage {
  const trigger = {
    ruleId: 'human',
    type: 'customer',
    label: 'Person',
    messageIndex: firing,
  } as const;
  return { trigger, transcript, ...extra };
}

const everythingLong: PartialContextPackage = {
  trigger: {
    ruleId: 'low',
    type: 'confidence',
    label: words(20, 'l'),
    matched: words(20, 'm'),
    messageIndex: 7,
    confidence: 0.2,
    threshold: 0.6,
  },
  intent: { name: words(20, 'i'), confidence: 0.3 },
  customer: {
    name: words(20, 'n'),
    email: words(20, 'e'),
    accountId: words(20, 'a'),
    planTier: words(20, 'p'),
  },
  page: { title: words(20, 't'), url: words(20, 'u') },
  // Every figure shows: three repeated tries and one more earlier try.
  transcript: [
    ...['w', 'x', 'x', 'y', 'y', 'z', 'z'].map((stem) => botSays(words(40, stem))),
    customerSays(words(60, 'f'), '2026-11-20T10:30:00Z'),
    botSays(words(40, 'v')),
    customerSays(words(60, 'c'), '2026-11-20T10:31:00Z'),
  ],
};

describe('sharing the data budget among the texts of a brief', () => {
  it.each<[string, PartialContextPackage, Partial<ReturnType<typeof sizes>>]>([
    [
      'gives the words a short ask leaves to the bot tries, each up to its maximum',
      handoff(
        [
          botSays(words(40, 'a')),
          botSays(words(40, 'b')),
          botSays(words(40, 'c')),
          customerSays(words(5)),
        ],
        3,
      ),
      // The latest two tries are shown; the oldest is counted as earlier.
      { ask: [5], bot: [12, 12], label: 1 },
    ],
    [
      'gives a long single ask both ask maximums first, then the most recent tries',
      handoff(
        [
          botSays(words(40, 'a')),
          botSays(words(40, 'b')),
          botSays(words(40, 'c')),
          customerSays(words(80)),
        ],
        3,
      ),
      // In the order tried; the most recent try is served first, the one before it gets what
      // is left after the headline takes its words (a customer request's headline quotes the ask).
      { ask: [44], bot: [9, 12], label: 1 },
    ],
    [
      'serves the firing message before the latest and both before the bot',
      handoff(
        [
          botSays(words(40, 'a')),
          customerSays(words(60, 'f')),
          botSays(words(3, 'b')),
          customerSays(words(60, 'l')),
        ],
        1,
      ),
      { ask: [30, 14], bot: [12], label: 1 },
    ],
    [
      'gives the page title what the ask and the bot leave, up to its maximum',
      handoff([customerSays(words(5))], 0, { page: { title: words(20, 't') } }),
      { ask: [5], bot: [], title: 10 },
    ],
    [
      'keeps every minimum when every text is long and gives what is left to the firing message',
      everythingLong,
      {
        ask: [25, 5],
        bot: [5, 5],
        label: 5,
        matched: 3,
        intent: 2,
        name: 3,
        email: 3,
        account: 2,
        // Its minimum is one word, which a cut still shows: one word and the ellipsis.
        plan: 2,
        title: 3,
        url: 3,
      },
    ],
  ])('%s', (_, pkg, expected) => {
    const brief = buildBrief(pkg);
    expect(sizes(brief)).toMatchObject(expected);
    expect(aboveFoldWordCount(brief)).toBeLessThanOrEqual(DATA_WORD_BUDGET);
  });

  it('spends the whole budget when every text is long', () => {
    // 14 texts, all cut: each shows one word fewer than it was given, but the plan tier, given
    // one word, still shows that word.
    const brief = buildBrief(everythingLong);
    expect(aboveFoldWordCount(brief)).toBe(DATA_WORD_BUDGET - 13);
  });

  const alone: [TextSlot, keyof ReturnType<typeof sizes>, Partial<PartialContextPackage>][] = [
    ['ruleLabel', 'label', { trigger: { ruleId: 'r', type: 'customer', label: words(400) } }],
    ['matched', 'matched', { trigger: { ruleId: 'r', type: 'keyword', matched: words(400) } }],
    ['intentName', 'intent', { intent: { name: words(400) } }],
    ['customerName', 'name', { customer: { name: words(400) } }],
    ['email', 'email', { customer: { email: words(400) } }],
    ['accountId', 'account', { customer: { accountId: words(400) } }],
    ['planTier', 'plan', { customer: { planTier: words(400) } }],
    ['pageTitle', 'title', { page: { title: words(400) } }],
    ['pageUrl', 'url', { page: { url: words(400) } }],
  ];
  it.each(alone)(
    'never gives the %s more than its maximum, however much is spare',
    (slot, key, parts) => {
      const brief = buildBrief({ transcript: [], ...parts });
      expect(sizes(brief)[key]).toBe(WORD_MAXIMUMS[slot]);
    },
  );

  it.each([
    ['lone ask message', [customerSays(words(400))], 0, 'askFirst'],
    ['bot try', [botSays(words(400)), customerSays('hi')], 1, 'botTry'],
  ] as const)('never gives a %s more than its maximum', (_, transcript, firing, slot) => {
    const brief = buildBrief(handoff([...transcript], firing));
    const texts = [...brief.ask.map((item) => item.text), ...brief.botTried.map((t) => t.text)];
    const most = Math.max(...texts.map((text) => given(text) ?? 0));
    const max =
      slot === 'askFirst' ? WORD_MAXIMUMS.askFirst + WORD_MAXIMUMS.askMore : WORD_MAXIMUMS.botTry;
    expect(most).toBe(max);
  });

  it('shows a text shorter than its minimum whole and leaves its words to the others', () => {
    const brief = buildBrief(handoff([botSays(words(40, 'b')), customerSays('refund')], 1));
    expect(sizes(brief)).toMatchObject({ ask: [1], bot: [WORD_MAXIMUMS.botTry] });
    expect(brief.ask[0]?.text.isShortened).toBe(false);
  });
});
