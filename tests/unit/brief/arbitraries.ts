import fc from 'fast-check';
import type { BriefOptions } from '../../../src/core/brief';
import {
  MESSAGE_KINDS,
  MESSAGE_ROLES,
  TRIGGER_TYPES,
  type PartialContextPackage,
  type TranscriptMessage,
} from '../../../src/core/contract';

/** Pieces chosen to stress word counting and cutting: scripts, joiners, marks, odd spaces. */
const PIECES = [
  'refund',
  'Refunds',
  'I want my money back',
  'Rémboursement',
  'cafe\u0301',
  '先月の返金をお願いします',
  'ありがとうございます',
  'ภาษาไทยไม่มีช่องว่าง',
  'أريد استرداد المبلغ',
  'שלום עולם',
  '\u202Ebidi override\u202C',
  '👩‍💻',
  '👍🏽',
  '🇯🇵🇫🇷',
  '😀😀😀',
  'https://app.example.com/billing?x=1',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '\u{E0067}\u{E0062}',
  '\uD800',
  '\uDC00',
  '\u0301',
  '\u200D',
  ' ',
  '\n\n',
  '\u00A0',
  '\u3000',
  '\t',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Short texts mostly; now and then one piece repeated into a long text (tens of kB). */
export const text = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(piece, fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('', ' '))
      .map(([part, times, gap]) => `${part}${gap}`.repeat(times)),
  },
);

const iso = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const at = fc.oneof({ weight: 6, arbitrary: iso }, { weight: 1, arbitrary: fc.string() });
const unit = fc.double({ min: 0, max: 1, noNaN: true });

const message: fc.Arbitrary<TranscriptMessage> = fc.record(
  {
    role: fc.constantFrom(...MESSAGE_ROLES),
    text,
    at,
    kind: fc.constantFrom(...MESSAGE_KINDS),
    author: text,
  },
  { requiredKeys: ['role', 'text'] },
);

const transcript = fc.oneof(
  { weight: 6, arbitrary: fc.array(message, { maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(message, { minLength: 1, maxLength: 3 })
      .chain((pattern) =>
        fc
          .integer({ min: 100, max: 3_000 })
          .map((n) =>
            Array.from({ length: n }, (_, i) => pattern[i % pattern.length] as TranscriptMessage),
          ),
      ),
  },
);

const trigger = fc.record(
  {
    ruleId: text,
    type: fc.constantFrom(...TRIGGER_TYPES),
    label: text,
    matched: fc.oneof(text, fc.constantFrom('refund', 'refund*', '返金', 'money back')),
    messageIndex: fc.integer({ min: -2, max: 20 }),
    confidence: unit,
    threshold: unit,
  },
  { requiredKeys: ['ruleId', 'type'] },
);

const customer = fc.record(
  { name: text, email: text, accountId: text, planTier: text, authenticated: fc.boolean() },
  { requiredKeys: [] },
);

const url = fc.oneof(
  text,
  fc.constantFrom('https://example.com/a b', 'data:text/html,x', '//x.example', 'HTTP://X.EXAMPLE'),
);

/** Contract-shaped packages: every part optional but the transcript, as readTicketHandoff gives. */
export const partialPackage: fc.Arbitrary<PartialContextPackage> = fc.record(
  {
    trigger,
    intent: fc.record({ name: text, confidence: unit }, { requiredKeys: ['name'] }),
    customer,
    page: fc.record({ url, title: text }, { requiredKeys: [] }),
    transcript,
    truncated: fc.integer({ min: 0, max: 10_000 }),
  },
  { requiredKeys: ['transcript'] },
);

export const briefOptions: fc.Arbitrary<BriefOptions> = fc.record(
  {
    botName: text,
    ruleLabels: fc.oneof(
      fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor')), text),
      fc.array(fc.tuple(text, text), { maxLength: 4 }).map((pairs) => new Map(pairs)),
    ),
    requester: fc.record({ name: text, email: text }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
