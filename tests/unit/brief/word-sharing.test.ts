import fc from 'fast-check';
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
  shareWords,
  type WordClaim,
} from '../../../src/core/brief';
import type { PartialContextPackage, TranscriptMessage } from '../../../src/core/contract';
import { botSays, customerSays } from '../../support/packages';

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

// How the budget is shared, alone: the claims each text makes and the words each gets.
const claim = (need: number, min: number, max: number): WordClaim => ({ need, min, max });

describe('shareWords', () => {
  it.each<[string, WordClaim[], number, number[]]>([
    [
      'gives every claim its whole need when all fit',
      [claim(3, 5, 8), claim(10, 5, 16)],
      90,
      [3, 10],
    ],
    [
      'gives a text shorter than its minimum only its need',
      [claim(2, 12, 30), claim(40, 5, 16)],
      90,
      [2, 16],
    ],
    ['gives a blank text nothing', [claim(0, 5, 8), claim(7, 5, 8)], 90, [0, 7]],
    ['gives spare words in claim order', [claim(50, 12, 30), claim(40, 5, 16)], 30, [25, 5]],
    [
      'caps a claim at its maximum and passes the rest on',
      [claim(99, 12, 30), claim(40, 5, 16)],
      60,
      [30, 16],
    ],
    [
      'tops up a later claim once earlier ones are satisfied',
      [claim(13, 12, 30), claim(40, 5, 16), claim(40, 5, 16)],
      34,
      [13, 16, 5],
    ],
    [
      'keeps every minimum when nothing is spare',
      [claim(99, 12, 30), claim(99, 5, 16), claim(99, 4, 6)],
      21,
      [12, 5, 4],
    ],
    ['gives nothing when there is nothing to share', [], 90, []],
  ])('%s', (_, claims, available, grants) => {
    expect(shareWords(claims, available)).toEqual(grants);
  });

  it('refuses minimums that do not fit, a broken invariant of the budget', () => {
    expect(() => shareWords([claim(20, 12, 30), claim(20, 12, 30)], 20)).toThrow(RangeError);
  });

  const claims = fc
    .array(
      fc
        .tuple(fc.nat({ max: 80 }), fc.integer({ min: 1, max: 20 }), fc.nat({ max: 40 }))
        .map(([need, min, extra]) => claim(need, min, min + extra)),
      { maxLength: 14 },
    )
    .chain((list) => {
      const floors = list.reduce((sum, c) => sum + Math.min(c.need, c.min), 0);
      return fc.tuple(fc.constant(list), fc.integer({ min: floors, max: floors + 200 }));
    });

  it('honours minimums and maximums, stays within what is available and spends it in order', () => {
    fc.assert(
      fc.property(claims, ([list, available]) => {
        const grants = shareWords(list, available);
        const total = grants.reduce((sum, words) => sum + words, 0);
        expect(total).toBeLessThanOrEqual(available);
        let short = false;
        list.forEach((c, i) => {
          const grant = grants[i] ?? -1;
          const wanted = Math.min(c.need, c.max);
          expect(grant).toBeGreaterThanOrEqual(Math.min(c.need, c.min));
          expect(grant).toBeLessThanOrEqual(wanted);
          // Once a claim goes short of what it wanted, every later one is at its floor.
          if (short) expect(grant).toBe(Math.min(c.need, c.min));
          if (grant < wanted) short = true;
        });
        // Words are left over only when every claim has all it may take.
        if (total < available) expect(short).toBe(false);
      }),
    );
  });
});
