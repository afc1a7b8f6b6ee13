import { describe, expect, it } from 'vitest';
import {
  aboveFoldWordCount,
  ABOVE_FOLD_WORD_BUDGET,
  ASK_ITEMS_MAX,
  BOT_TRIES_SHOWN,
  KNOWN_FACTS_MAX,
  buildBrief,
  DATA_WORD_BUDGET,
  FIGURES_SHOWN_MAX,
  LABEL_WORD_ALLOWANCE,
  SPARE_WORDS_ORDER,
  WORD_MAXIMUMS,
  WORD_MINIMUMS,
  type TextSlot,
} from '../../../src/core/brief';
import { botSays, customerSays, fullPackage, packageWith } from '../../support/packages';

/**
 * The fixed caps that the shared budget replaced: no minimum may be above them. The ask's
 * first item had the firing message's cap, further items the latest message's; the headline
 * and known facts came later and have none.
 */
const FORMER_CAPS: Partial<Record<TextSlot, number>> = {
  ruleLabel: 5,
  ruleId: 2,
  matched: 4,
  intentName: 3,
  customerName: 4,
  email: 3,
  accountId: 2,
  planTier: 2,
  pageTitle: 5,
  pageUrl: 4,
  askFirst: 17,
  askMore: 13,
  botTry: 6,
};

const SLOTS = Object.keys(WORD_MINIMUMS) as TextSlot[];

describe('the word budget', () => {
  it('leaves the labels their allowance', () => {
    expect(DATA_WORD_BUDGET + LABEL_WORD_ALLOWANCE).toBe(ABOVE_FOLD_WORD_BUDGET);
  });

  it('fits every text at its minimum, and every figure, within the data budget', () => {
    const { ruleLabel, ruleId, askFirst, askMore, botTry, knownFact, ...single } = WORD_MINIMUMS;
    const worst =
      Math.max(ruleLabel, ruleId) +
      Object.values(single).reduce((sum, words) => sum + words, 0) +
      askFirst +
      askMore * (ASK_ITEMS_MAX - 1) +
      botTry * BOT_TRIES_SHOWN +
      knownFact * KNOWN_FACTS_MAX +
      FIGURES_SHOWN_MAX;
    expect(worst).toBeLessThanOrEqual(DATA_WORD_BUDGET);
  });

  it.each(SLOTS)(
    'keeps the %s minimum positive, at most its former cap and its maximum',
    (slot) => {
      expect(WORD_MINIMUMS[slot]).toBeGreaterThan(0);
      expect(WORD_MINIMUMS[slot]).toBeLessThanOrEqual(FORMER_CAPS[slot] ?? WORD_MAXIMUMS[slot]);
      expect(WORD_MINIMUMS[slot]).toBeLessThanOrEqual(WORD_MAXIMUMS[slot]);
    },
  );

  it('ranks every text exactly once for spare words: the ask, why, the headline, then the bot', () => {
    expect([...SPARE_WORDS_ORDER].sort()).toEqual([...SLOTS].sort());
    expect(SPARE_WORDS_ORDER.slice(0, 7)).toEqual([
      'askFirst',
      'askMore',
      'ruleLabel',
      'ruleId',
      'matched',
      'headline',
      'botTry',
    ]);
  });
});

describe('aboveFoldWordCount', () => {
  it('counts the texts and figures of a full package', () => {
    // The headline "Refund" 1, Refunds 1, refund 1, billing.refund 1 + 0.82,
    // Ana Ruiz 2, email 1, ACME-2231 1, enterprise 1, Billing 1, the URL's 31 characters 2,
    // the ask (two short messages read as one, "·" between) 15, the bot try 10, and the
    // headline's "after 1 answer" figure 1.
    expect(aboveFoldWordCount(buildBrief(fullPackage()))).toBe(39);
  });

  it('counts the rule id only when there is no label', () => {
    const labelled = buildBrief(
      packageWith({ trigger: { ruleId: 'a', type: 'customer', label: 'Asked for a person' } }),
    );
    const bare = buildBrief(packageWith({ trigger: { ruleId: 'a', type: 'customer' } }));
    expect(aboveFoldWordCount(labelled) - aboveFoldWordCount(bare)).toBe(3);
  });

  it.each([
    ['a repeat count', ['Hello', 'Hello'], ['Hello']],
    ['the "more" count', ['a', 'b', 'c'], ['b', 'c']],
  ])('counts %s as one word', (_, withFigure, without) => {
    const count = (replies: string[]) =>
      aboveFoldWordCount(
        buildBrief(
          packageWith({
            trigger: { ruleId: 'human', type: 'customer', label: 'Person' },
            transcript: [...replies.map((reply) => botSays(reply)), customerSays('human please')],
          }),
        ),
      );
    expect(count(withFigure) - count(without)).toBe(1);
  });
});
