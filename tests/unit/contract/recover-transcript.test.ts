import { describe, expect, it } from 'vitest';
import { readTicketHandoff, recoverTranscript } from '../../../src/core/contract';
import { validPackage } from '../../support/packages';

const chat = [
  'Chat started: 2026-11-20 11:58 PM UTC',
  '',
  '(11:58:02 PM) Ana Ruiz: Hi, I was charged twice',
  'for the same invoice.',
  '(11:58:05 PM) *** Answer Bot joined the chat ***',
  '(11:58:06 PM) Answer Bot: Sorry to hear that! Is it invoice INV-2231?',
  '(12:01:10 AM) Ana Ruiz: yes, I want a refund',
].join('\n');

describe('recoverTranscript', () => {
  it('reads a Zendesk Chat transcript with the header date, continuation lines and roles', () => {
    const recovered = recoverTranscript(chat, { requesterName: 'Ana Ruiz' });
    expect(recovered?.layout).toBe('zendesk_chat');
    expect(recovered?.messages.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'Hi, I was charged twice\nfor the same invoice.'],
      ['system', 'Answer Bot joined the chat'],
      ['bot', 'Sorry to hear that! Is it invoice INV-2231?'],
      ['customer', 'yes, I want a refund'],
    ]);
    expect(recovered?.messages[0]?.at).toBe('2026-11-20T23:58:02.000Z');
  });

  it('rolls the date over when the chat passes midnight', () => {
    expect(recoverTranscript(chat)?.messages[3]?.at).toBe('2026-11-21T00:01:10.000Z');
  });

  it('takes the day from the ticket when the transcript has no header', () => {
    const text = '(10:30:02) Visitor: hello\n(10:30:09) Chatbot: hi there';
    const recovered = recoverTranscript(text, { ticketCreatedAt: '2026-11-19T10:40:00Z' });
    expect(recovered?.messages.map((m) => [m.role, m.at])).toEqual([
      ['customer', '2026-11-19T10:30:02.000Z'],
      ['bot', '2026-11-19T10:30:09.000Z'],
    ]);
  });

  it('reads bracketed transcripts with dates, seconds and offsets', () => {
    const text = [
      '[2026-11-20 10:32] Customer: My account is locked',
      '[2026-11-20 10:32:30 +02:00] Aria: Let me check that',
      '[2026-11-20 10:33Z] Jordan: Agent here, I can help',
    ].join('\n');
    const recovered = recoverTranscript(text, { botNames: ['Aria'] });
    expect(recovered?.layout).toBe('bracketed');
    expect(recovered?.messages.map((m) => [m.role, m.author, m.at])).toEqual([
      ['customer', 'Customer', '2026-11-20T10:32:00.000Z'],
      ['bot', 'Aria', '2026-11-20T08:32:30.000Z'],
      ['agent', 'Jordan', '2026-11-20T10:33:00.000Z'],
    ]);
  });

  it.each([
    ['an ordinary email', 'Hello team,\n\nMy invoice: it is wrong. Please fix.\n\nThanks, Ana'],
    ['a single chat line', '(10:30:02 AM) Ana: hello'],
    ['nothing', ''],
  ])('does not take %s for a transcript', (_, text) => {
    expect(recoverTranscript(text)).toBeUndefined();
  });

  it('stays linear on a megabyte line of near-matches', () => {
    const line = `(1:11) ${'a'.repeat(1_000_000)}`;
    expect(recoverTranscript(`${line}\n${line}`)).toBeUndefined();
  });
});

describe('readTicketHandoff', () => {
  const ticket = {
    createdAt: '2026-11-20T10:35:00Z',
    requester: { name: 'Ana Ruiz', email: 'ana@example.com' },
  };

  it('reads a valid package from the field', () => {
    const reading = readTicketHandoff({ ...ticket, contextField: JSON.stringify(validPackage) });
    expect(reading.kind).toBe('package');
  });

  it('salvages a malformed package and fills the gaps from the ticket', () => {
    const reading = readTicketHandoff({
      ...ticket,
      contextField: JSON.stringify({ schema: 'handoff-context/v1', transcript: 'oops' }),
      firstComment: {
        text: '[2026-11-20 10:32] Customer: I need help\n[2026-11-20 10:33] Bot: Sure',
      },
    });
    expect(reading.kind).toBe('malformed');
    if (reading.kind !== 'malformed') return;
    expect(reading.issues.length).toBeGreaterThan(0);
    // The requester is the brief's to show, marked as such; the package never vouched for it.
    expect(reading.salvage.customer).toBeUndefined();
    expect(reading.salvage.transcript.map((m) => m.role)).toEqual(['customer', 'bot']);
  });

  it('keeps the first comment as the customer message when nothing else can be read', () => {
    const reading = readTicketHandoff({
      ...ticket,
      contextField: '{',
      firstComment: { text: 'Please call me back' },
    });
    expect(reading.kind === 'malformed' && reading.salvage.transcript).toEqual([
      { at: '2026-11-20T10:35:00Z', role: 'customer', text: 'Please call me back' },
    ]);
  });

  it('recovers a transcript from the first comment when the field is empty', () => {
    const reading = readTicketHandoff({
      ...ticket,
      contextField: '  ',
      firstComment: { text: chat },
    });
    expect(reading.kind).toBe('recovered');
    expect(reading.kind === 'recovered' && reading.package.transcript.length).toBeGreaterThan(0);
    expect(reading.kind === 'recovered' && reading.package.customer).toBeUndefined();
  });

  it('says there is nothing to go on for an ordinary ticket', () => {
    expect(
      readTicketHandoff({ ...ticket, firstComment: { text: 'My printer is on fire' } }),
    ).toEqual({ kind: 'none' });
    expect(readTicketHandoff({})).toEqual({ kind: 'none' });
  });
});
