import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toContextPackage, toTicket, utf8Length, type HandoffMeta } from '../../../src/core/bot';
import {
  HANDOFF_MODELS,
  MESSAGE_KINDS,
  MESSAGE_ROLES,
  parseContextPackage,
  recoverTranscript,
  TRIGGER_TYPES,
} from '../../../src/core/contract';
import { type Conversation, type Evidence, type RuleMatch } from '../../../src/core/routing';

const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Keys whose value is undefined become absent, as exactOptionalPropertyTypes wants. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
const defined = <T extends object>(record: T) =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Defined<T>;

const conversationArb: fc.Arbitrary<Conversation> = fc
  .record({
    messages: fc.array(
      fc
        .record({
          role: fc.constantFrom(...MESSAGE_ROLES),
          text,
          at: optional(fc.oneof(isoDate, fc.string())),
          kind: optional(fc.constantFrom(...MESSAGE_KINDS)),
        })
        .map(defined),
      { maxLength: 8 },
    ),
    intent: optional(fc.record({ name: text, confidence: fc.double() })),
  })
  .map(defined);

const evidenceArb: fc.Arbitrary<Evidence> = fc.oneof(
  fc.record({
    kind: fc.constant('phrase' as const),
    phrase: text,
    matched: text,
    messageIndex: fc.nat({ max: 10 }),
    span: fc.record({ start: fc.nat(), end: fc.nat() }),
  }),
  fc.constant({ kind: 'human_requested' as const }),
  fc.record({ kind: fc.constant('intent' as const), intent: text, confidence: unit }),
  fc.record({ kind: fc.constant('confidence' as const), confidence: unit, threshold: unit }),
);

const matchArb: fc.Arbitrary<RuleMatch> = fc.record({
  ruleId: text.filter((id) => id.trim() !== ''),
  type: fc.constantFrom(...TRIGGER_TYPES),
  label: text,
  evidence: evidenceArb,
});

const metaArb: fc.Arbitrary<HandoffMeta> = fc
  .record({
    conversationId: text.filter((id) => id.trim() !== ''),
    handedOffAt: isoDate,
    model: optional(fc.constantFrom(...HANDOFF_MODELS)),
    customer: optional(
      fc
        .record({
          name: optional(text),
          email: optional(text),
          planTier: optional(text),
          authenticated: optional(fc.boolean()),
        })
        .map(defined),
    ),
    page: optional(fc.record({ url: optional(text), title: optional(text) }).map(defined)),
    locale: optional(text),
  })
  .map(defined);

describe('the bot side', () => {
  it('always builds a package that parses back to itself', () => {
    fc.assert(
      fc.property(conversationArb, matchArb, metaArb, (conversation, match, meta) => {
        const pkg = toContextPackage(conversation, match, meta);
        const parsed = parseContextPackage(JSON.stringify(pkg));
        expect(parsed.ok && parsed.value).toEqual(JSON.parse(JSON.stringify(pkg)));
      }),
    );
  });

  it('always writes a field that parses and a comment, both within the cap, and tag-safe tags', () => {
    fc.assert(
      fc.property(
        conversationArb,
        matchArb,
        metaArb,
        fc.integer({ min: 2_000, max: 64_000 }),
        (conversation, match, meta, cap) => {
          const pkg = toContextPackage(conversation, match, meta);
          const { ticket } = toTicket(pkg, {
            contextFieldId: 1,
            maxFieldBytes: cap,
            maxCommentBytes: cap,
          });
          const value = ticket.custom_fields[0]?.value ?? '';
          expect(utf8Length(value)).toBeLessThanOrEqual(cap);
          expect(parseContextPackage(value).ok).toBe(true);
          expect(utf8Length(ticket.comment.body)).toBeLessThanOrEqual(cap);
          for (const tag of ticket.tags) expect(tag).toMatch(/^[a-z0-9_]+$/);
        },
      ),
    );
  });

  it('writes a comment transcript that reads back with the same roles and words', () => {
    const messages = fc.array(
      fc.record({ role: fc.constantFrom(...MESSAGE_ROLES), text, at: isoDate }),
      { minLength: 2, maxLength: 6 },
    );
    fc.assert(
      fc.property(messages, (list) => {
        const conversation: Conversation = { messages: list };
        const match: RuleMatch = {
          ruleId: 'human',
          type: 'customer',
          label: 'Asked for a person',
          evidence: { kind: 'human_requested' },
        };
        const pkg = toContextPackage(conversation, match, {
          conversationId: 'c',
          handedOffAt: '2100-01-01T00:00:00Z',
        });
        const recovered = recoverTranscript(toTicket(pkg).ticket.comment.body)?.messages ?? [];
        // What the layout changes on purpose: one kind of line break, continuation lines that
        // look like transcript lines indented, outer whitespace trimmed.
        const expected = list.map(({ role, text: words }) => ({
          role,
          text: words
            .split(/\r\n|[\r\n\u2028\u2029]/)
            .map((line, i) => (i > 0 && /^[[(]/.test(line) ? ` ${line}` : line))
            .join('\n')
            .trim(),
        }));
        expect(recovered.map(({ role, text: words }) => ({ role, text: words }))).toEqual(expected);
      }),
    );
  });
});
