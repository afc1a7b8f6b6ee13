import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareWords, type WordClaim } from '../../../src/core/brief';

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
