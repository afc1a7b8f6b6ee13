import { describe, expect, it } from 'vitest';
import { transcriptRows } from '../../../src/core/brief';
import type { TranscriptMessage } from '../../../src/core/contract';
import { botSays, customerSays, fullPackage, packageWith } from '../../support/packages';

describe('transcriptRows', () => {
  it('gives each message its role, kind, author, time, text and the firing highlight', () => {
    expect(transcriptRows(fullPackage(), { botName: 'Aria' })).toEqual([
      {
        index: 0,
        role: 'customer',
        kind: 'text',
        author: { kind: 'name', name: 'Ana Ruiz' },
        at: '2026-11-20T10:30:02Z',
        text: 'I was charged twice this month',
        highlights: [],
        isFiring: false,
      },
      {
        index: 1,
        role: 'bot',
        kind: 'text',
        author: { kind: 'name', name: 'Aria' },
        at: '2026-11-20T10:30:04Z',
        text: 'I can help with billing. Is it about an invoice?',
        highlights: [],
        isFiring: false,
      },
      {
        index: 2,
        role: 'customer',
        kind: 'text',
        author: { kind: 'name', name: 'Ana Ruiz' },
        at: '2026-11-20T10:31:40Z',
        text: 'I want a refund for the second charge',
        highlights: [{ start: 9, end: 15 }],
        isFiring: true,
      },
    ]);
  });

  it.each<[string, TranscriptMessage, string | undefined, unknown]>([
    [
      'the bot, without a bot name, as a role',
      botSays('hi'),
      undefined,
      { kind: 'role', role: 'bot' },
    ],
    [
      'the bot, with a blank bot name, as a role',
      botSays('hi'),
      ' ',
      { kind: 'role', role: 'bot' },
    ],
    ['an agent as a role', { role: 'agent', text: 'hi' }, 'Aria', { kind: 'role', role: 'agent' }],
    [
      'the system as a role',
      { role: 'system', text: 'x', kind: 'event' },
      'Aria',
      { kind: 'role', role: 'system' },
    ],
    [
      'a recovered author by name',
      { role: 'bot', text: 'hi', author: 'Answer Bot' },
      'Aria',
      { kind: 'name', name: 'Answer Bot' },
    ],
  ])('names %s', (_, message, botName, author) => {
    const pkg = packageWith({ transcript: [message] });
    const options = botName === undefined ? {} : { botName };
    expect(transcriptRows(pkg, options)[0]?.author).toEqual(author);
  });

  it('names the customer by role when the package does not know their name', () => {
    const pkg = packageWith({ customer: undefined, transcript: [customerSays('hi')] });
    expect(transcriptRows(pkg)[0]?.author).toEqual({ kind: 'role', role: 'customer' });
  });

  it('gives buttons and forms their kind, and no time when the message has none usable', () => {
    const pkg = packageWith({
      transcript: [botSays('Pick one', 'button', 'soon'), botSays('Fill in', 'form')],
    });
    expect(transcriptRows(pkg).map((row) => [row.kind, 'at' in row])).toEqual([
      ['button', false],
      ['form', false],
    ]);
  });
});
