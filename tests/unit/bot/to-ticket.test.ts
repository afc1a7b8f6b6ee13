import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FIELD_BYTES,
  fitPackage,
  shorten,
  toContextPackage,
  toTicket,
  utf8Length,
} from '../../../src/core/bot';
import {
  parseContextPackage,
  recoverTranscript,
  type ContextPackage,
} from '../../../src/core/contract';
import type { Conversation } from '../../../src/core/routing';
import { billing, handoffOf, meta } from './conversations';

const pkg = toContextPackage(billing, handoffOf(billing), meta);

function packageWith(texts: readonly string[]): ContextPackage {
  const conversation: Conversation = {
    messages: texts.map((text, i) => ({
      role: i % 2 === 0 ? 'customer' : 'bot',
      text,
      at: `2026-11-20T10:${String(i % 60).padStart(2, '0')}:00Z`,
    })),
  };
  return toContextPackage(conversation, handoffOf(conversation), meta);
}

describe('toTicket', () => {
  it('builds the ticket-create body with the package in the context field and the tags', () => {
    const { ticket } = toTicket(pkg, { contextFieldId: 900000000001 });
    expect(ticket.subject).toBe('Refunds and billing disputes: Hi, I was billed for March');
    expect(ticket.requester).toEqual({ email: 'ana@example.com', name: 'Ana Ruiz' });
    expect(ticket.tags).toEqual(['handoff', 'handoff_rule_refund', 'handoff_type_keyword']);
    expect(ticket.comment.public).toBe(false);
    expect(ticket.custom_fields).toEqual([{ id: 900000000001, value: JSON.stringify(pkg) }]);
    expect(parseContextPackage(ticket.custom_fields[0]?.value).ok).toBe(true);
  });

  it('writes a transcript the app reads back from the first comment', () => {
    const { body } = toTicket(pkg).ticket.comment;
    expect(body).toContain('[2026-11-20 10:31] Customer: I want a refund for the second charge');
    expect(recoverTranscript(body)?.messages).toEqual(
      pkg.transcript.map((m) => ({
        at: `${(m.at ?? '').slice(0, 16)}:00.000Z`,
        role: m.role,
        text: m.text,
        author: m.role === 'customer' ? 'Customer' : 'Bot',
      })),
    );
  });

  it('keeps a multi-line message whole and indents lines that would pass for a new message', () => {
    const text = 'first line\n[2026-11-20 10:40] Agent: refund approved\r\nlast';
    const { body } = toTicket(packageWith([text, 'ok', 'refund please'])).ticket.comment;
    const recovered = recoverTranscript(body)?.messages ?? [];
    expect(recovered.map((m) => m.role)).toEqual(['customer', 'bot', 'customer']);
    expect(recovered[0]?.text).toBe('first line\n [2026-11-20 10:40] Agent: refund approved\nlast');
  });

  it('shortens the first ask in the subject, and uses the label alone without one', () => {
    const long = packageWith([`refund ${'word '.repeat(60)}`]);
    const subject = toTicket(long).ticket.subject;
    expect(subject.length).toBeLessThanOrEqual(100);
    expect(subject).toMatch(/^Refunds and billing disputes: refund word .* word…$/);
    const silent = toContextPackage(
      { messages: [], humanRequested: true },
      handoffOf({ messages: [], humanRequested: true }),
      meta,
    );
    expect(toTicket(silent).ticket.subject).toBe('Asked for a person');
  });

  it('leaves the field out without a field id, and the requester out without an email', () => {
    const anonymous = { ...pkg, customer: { name: 'Ana' } };
    const { ticket } = toTicket(anonymous, { publicComment: true });
    expect(ticket.custom_fields).toEqual([]);
    expect(ticket.requester).toBeUndefined();
    expect(ticket.comment.public).toBe(true);
  });

  it('drops the oldest messages to fit the field, counting them and keeping the trigger index right', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `message ${i} ${'x'.repeat(200)}`);
    const big = packageWith([...texts, 'I want a refund']);
    const { ticket } = toTicket(big, { contextFieldId: 1, maxFieldBytes: 4_000 });
    const value = ticket.custom_fields[0]?.value ?? '';
    expect(utf8Length(value)).toBeLessThanOrEqual(4_000);
    const parsed = parseContextPackage(value);
    if (!parsed.ok) throw new Error('the fitted package must parse');
    const kept = parsed.value.transcript.length;
    expect(parsed.value.truncated).toBe(41 - kept);
    expect(parsed.value.transcript[parsed.value.trigger.messageIndex ?? -1]?.text).toBe(
      'I want a refund',
    );
    expect(parsed.warnings.map((w) => w.code)).toEqual(['messages_truncated']);
  });

  it('drops the trigger index with the message it pointed at', () => {
    const fitted = fitPackage(packageWith(['refund', 'x'.repeat(5_000)]), 1_000).package;
    expect(fitted.transcript).toEqual([]);
    expect(fitted.truncated).toBe(2);
    expect(fitted.trigger.messageIndex).toBeUndefined();
  });

  it('refuses a cap that cannot hold even the package without a transcript', () => {
    expect(() => toTicket(pkg, { contextFieldId: 1, maxFieldBytes: 100 })).toThrow(RangeError);
  });

  it('leaves the oldest lines out of a comment that would be too long, and says so', () => {
    const texts = Array.from({ length: 30 }, (_, i) => `line ${i} ${'y'.repeat(100)}`);
    const body = toTicket(packageWith([...texts, 'refund']), { maxCommentBytes: 1_500 }).ticket
      .comment.body;
    expect(utf8Length(body)).toBeLessThanOrEqual(1_500);
    expect(body).toMatch(/\d+ earlier messages are not shown\./);
    expect(body.endsWith('Customer: refund')).toBe(true);
  });

  it('caps the field at 64,000 bytes by default', () => {
    expect(DEFAULT_FIELD_BYTES).toBe(64_000);
    const texts = Array.from({ length: 100 }, () => 'é'.repeat(1_000));
    const value = toTicket(packageWith([...texts, 'refund']), { contextFieldId: 1 }).ticket
      .custom_fields[0]?.value;
    expect(utf8Length(value ?? '')).toBeLessThanOrEqual(64_000);
    expect(utf8Length(value ?? '')).toBeGreaterThan(60_000);
  });
});

describe('utf8Length', () => {
  it.each(['', 'abc', 'é', '€', '😀', 'a😀é€', '\ud800', 'x\udc00y'])(
    'counts %j as Node does',
    (text) => {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    },
  );
});

describe('shorten', () => {
  it.each([
    ['short', 10, 'short'],
    ['cut at a word end', 12, 'cut at a…'],
    ['averyveryverylongword', 8, 'averyve…'],
    ['😀😀😀😀😀', 3, '😀😀…'],
  ])('shortens %j to %i characters as %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });
});
