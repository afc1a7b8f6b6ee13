import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aboveFoldWordCount,
  ABOVE_FOLD_WORD_BUDGET,
  buildBrief,
  countWords,
  DATA_WORD_BUDGET,
  ELLIPSIS,
  excerptText,
  LABEL_WORD_ALLOWANCE,
  REQUESTER_PARTS,
  shortenText,
  splitHighlights,
  transcriptRows,
  type Brief,
  type ShortText,
} from '../../../src/core/brief';
import { briefOptions, partialPackage, text } from './arbitraries';
import { botSays, customerSays } from '../../support/packages';

/** Every high surrogate followed by a low one and every low one preceded by a high one. */
function surrogatesPaired(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i += 1;
    } else if (code >= 0xdc00 && code <= 0xdfff) return false;
  }
  return true;
}

function shortTexts(brief: Brief): ShortText[] {
  const all = [
    brief.reason?.ruleId,
    brief.reason?.label,
    brief.reason?.matched,
    brief.intent?.name,
    brief.identity.name,
    brief.identity.email,
    brief.identity.accountId,
    brief.identity.planTier,
    brief.page?.title,
    brief.page?.url,
    ...brief.ask.map((item) => item.text),
    ...brief.botTried.map((tried) => tried.text),
  ];
  return all.filter((value): value is ShortText => value !== undefined);
}

const wellFormedText = text.filter(surrogatesPaired);
const limit = fc.integer({ min: 1, max: 60 });

describe('buildBrief on arbitrary packages', () => {
  it('never throws, is deterministic and keeps above the fold within budget', () => {
    fc.assert(
      fc.property(partialPackage, briefOptions, (pkg, options) => {
        const brief = buildBrief(pkg, options);
        expect(buildBrief(pkg, options)).toEqual(brief);
        expect(aboveFoldWordCount(brief)).toBeLessThanOrEqual(DATA_WORD_BUDGET);
        expect(aboveFoldWordCount(brief) + LABEL_WORD_ALLOWANCE).toBeLessThanOrEqual(
          ABOVE_FOLD_WORD_BUDGET,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('shows only texts that are a shortening of what the package said', () => {
    fc.assert(
      fc.property(partialPackage, briefOptions, (pkg, options) => {
        for (const short of shortTexts(buildBrief(pkg, options))) {
          if (surrogatesPaired(short.full)) expect(surrogatesPaired(short.text)).toBe(true);
          if (!short.isShortened) expect(short.text).not.toContain(ELLIPSIS.repeat(2));
        }
      }),
    );
  });

  it('gives ask highlights inside the excerpt they mark', () => {
    fc.assert(
      fc.property(partialPackage, (pkg) => {
        for (const item of buildBrief(pkg).ask) {
          for (const span of item.text.highlights) {
            expect(0 <= span.start && span.start < span.end).toBe(true);
            expect(span.end).toBeLessThanOrEqual(item.text.text.length);
          }
        }
      }),
    );
  });

  it('takes from the requester only a name or email the package leaves out', () => {
    const said = (value: string | undefined) => value !== undefined && value.trim() !== '';
    fc.assert(
      fc.property(partialPackage, briefOptions, (pkg, options) => {
        const { identity } = buildBrief(pkg, options);
        for (const part of REQUESTER_PARTS) {
          const own = pkg.customer?.[part];
          const taken = identity.fromRequester?.includes(part) ?? false;
          expect(taken).toBe(!said(own) && said(options.requester?.[part]));
          if (said(own)) expect(identity[part]?.full).toBe(own);
        }
      }),
    );
  });

  it('gives one transcript row per message, never throwing', () => {
    fc.assert(
      fc.property(partialPackage, briefOptions, (pkg, options) => {
        expect(transcriptRows(pkg, options)).toHaveLength(pkg.transcript.length);
      }),
    );
  });
});

describe('sharing the budget on arbitrary packages', () => {
  /** What each bot try showed at most before the budget was shared: 6 words, ellipsis included. */
  const FORMER_BOT_TRY_CAP = 6;
  const sentence = (minLength: number, maxLength: number) =>
    fc
      .array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength, maxLength })
      .map((words) => words.join(' '));

  it('shows more of long bot replies beside a short ask than the former fixed cap', () => {
    fc.assert(
      fc.property(
        partialPackage,
        sentence(1, 8),
        fc.array(sentence(20, 60), { minLength: 1, maxLength: 3 }),
        (base, ask, replies) => {
          const transcript = [...replies.map((reply) => botSays(reply)), customerSays(ask)];
          const trigger =
            base.trigger === undefined
              ? {}
              : { trigger: { ...base.trigger, messageIndex: replies.length } };
          const brief = buildBrief({ ...base, ...trigger, transcript });
          expect(brief.botTried.length).toBeGreaterThan(0);
          for (const tried of brief.botTried) {
            expect(countWords(tried.text.text)).toBeGreaterThan(FORMER_BOT_TRY_CAP);
          }
          expect(aboveFoldWordCount(brief)).toBeLessThanOrEqual(DATA_WORD_BUDGET);
        },
      ),
    );
  });
});

describe('shortening arbitrary strings', () => {
  it('never exceeds its limit', () => {
    fc.assert(
      fc.property(text, limit, (value, max) => {
        expect(countWords(shortenText(value, max).text)).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(wellFormedText, limit, (value, max) => {
        expect(surrogatesPaired(shortenText(value, max).text)).toBe(true);
      }),
    );
  });

  it('keeps excerpts within the limit, whole characters and highlights in range', () => {
    const withSpan = text.chain((value) =>
      fc.tuple(
        fc.constant(value),
        fc.nat({ max: value.length }),
        fc.nat({ max: value.length }),
        limit,
      ),
    );
    fc.assert(
      fc.property(withSpan, ([value, a, b, max]) => {
        const excerpt = excerptText(value, max, { start: Math.min(a, b), end: Math.max(a, b) });
        expect(countWords(excerpt.text)).toBeLessThanOrEqual(max);
        if (surrogatesPaired(value)) expect(surrogatesPaired(excerpt.text)).toBe(true);
        for (const span of excerpt.highlights)
          expect(span.end).toBeLessThanOrEqual(excerpt.text.length);
      }),
    );
  });

  it('splits highlights into segments that join back to the text', () => {
    const span = fc.record({
      start: fc.integer({ min: -5, max: 80 }),
      end: fc.integer({ min: -5, max: 80 }),
    });
    fc.assert(
      fc.property(text, fc.array(span, { maxLength: 5 }), (value, spans) => {
        const segments = splitHighlights(value, spans);
        expect(segments.map((segment) => segment.text).join('')).toBe(value);
        expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
        if (surrogatesPaired(value)) {
          expect(segments.every((segment) => surrogatesPaired(segment.text))).toBe(true);
        }
      }),
    );
  });
});

describe('megabyte messages', () => {
  it.each([
    ['Latin words', 'refund '.repeat(150_000)],
    ['Japanese', '返金をお願いします'.repeat(120_000)],
    ['emoji', '👩‍💻'.repeat(200_000)],
    ['one run without spaces', 'x'.repeat(1_000_000)],
    ['whitespace before a word', `${' '.repeat(1_000_000)}refund`],
  ])('keep the brief within budget for %s', (_, long) => {
    const brief = buildBrief({
      trigger: { ruleId: long, type: 'keyword', label: long, matched: long, messageIndex: 0 },
      intent: { name: long },
      customer: { name: long, email: long, accountId: long, planTier: long },
      page: { url: long, title: long },
      transcript: [
        { role: 'customer', text: long },
        { role: 'bot', text: long, kind: 'button' },
        { role: 'customer', text: long },
      ],
    });
    expect(aboveFoldWordCount(brief)).toBeLessThanOrEqual(DATA_WORD_BUDGET);
    expect(brief.ask[0]?.text.full).toBe(long);
  });
});
