import { describe, expect, it } from 'vitest';
import {
  authorRole,
  htmlToText,
  isConversation,
  readConversation,
  type ConversationEntry,
} from '../../../src/core/contract';

function entry(
  role: string | undefined,
  text: string,
  extra: Partial<ConversationEntry> = {},
): ConversationEntry {
  return {
    at: '2026-11-24T09:10:00Z',
    author: {
      name: role === 'end-user' ? 'Ana' : 'Someone',
      ...(role === undefined ? {} : { role }),
    },
    channel: 'native_messaging',
    content: { type: 'text', text },
    attachments: [],
    ...extra,
  };
}

describe('authorRole', () => {
  it.each([
    ['end-user', 'Ana', 'customer'],
    ['agent', 'Sam Lee', 'agent'],
    ['admin', 'Sam Lee', 'agent'],
    ['agent', 'Ledgerline Bot', 'bot'],
    ['agent', 'LEDGERLINE bot', 'bot'],
    ['bot', 'Zendesk AI agent', 'bot'],
    ['system', 'Zendesk', 'system'],
    ['integration', 'Order lookup', 'unknown'],
    [undefined, 'No role', 'unknown'],
  ] as const)('reads role %s by %s as %s', (role, name, expected) => {
    expect(authorRole({ name, ...(role === undefined ? {} : { role }) }, ['Ledgerline Bot'])).toBe(
      expected,
    );
  });
});

describe('readConversation', () => {
  it('reads a messaging conversation oldest first, leaving out agents’ private notes', () => {
    const messages = readConversation([
      entry('end-user', 'second', { at: '2026-11-24T09:11:00Z' }),
      entry('end-user', 'first', { at: '2026-11-24T09:10:00Z' }),
      entry('agent', 'a note to myself', { channel: 'internal' }),
    ]);
    expect(messages.map((m) => m.text)).toEqual(['first', 'second']);
  });

  it('is empty for an email thread: only a chat or messaging conversation is a handoff’s', () => {
    const email = [
      entry('end-user', 'hello', { channel: 'email' }),
      entry('agent', 'hi', { channel: 'web' }),
    ];
    expect(isConversation(email)).toBe(false);
    expect(readConversation(email)).toEqual([]);
    expect(isConversation([entry('bot', 'hi', { channel: 'web' })])).toBe(true);
  });

  it('reduces HTML to text and never keeps markup', () => {
    const [message] = readConversation([
      entry('end-user', '', {
        content: {
          type: 'html',
          html: '<p>Hi <b>there</b></p><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more<br>line</p><script>x()</script>',
        },
      }),
    ]);
    expect(message?.text).toBe('Hi there\n<script>alert(1)</script> & more\nline');
  });

  it('names the files of a message with only attachments', () => {
    const [message] = readConversation([
      entry('end-user', '', {
        content: { type: 'none' },
        attachments: [{ name: 'invoice.pdf', contentType: 'application/pdf' }],
      }),
    ]);
    expect(message).toMatchObject({ kind: 'file', text: 'invoice.pdf' });
  });

  it('reads a button press, offered buttons and a list as what they are', () => {
    const messages = readConversation([
      entry('agent', '', {
        author: { name: 'Bot', role: 'bot' },
        content: {
          type: 'structured',
          value: {
            type: 'text',
            text: 'Pick one',
            actions: [
              { type: 'reply', text: 'Billing' },
              { type: 'link', text: 'Docs' },
            ],
          },
        },
      }),
      entry('end-user', '', {
        content: {
          type: 'structured',
          value: { type: 'text', text: 'Billing', payload: 'billing' },
        },
      }),
      entry('agent', '', {
        author: { name: 'Bot', role: 'bot' },
        content: {
          type: 'structured',
          value: { type: 'list', items: [{ title: 'A' }, { title: 'B' }] },
        },
      }),
    ]);
    expect(messages.map((m) => [m.kind, m.text])).toEqual([
      ['button', 'Pick one\nBilling · Docs'],
      ['button', 'Billing'],
      ['carousel', 'A · B'],
    ]);
  });
});

describe('htmlToText', () => {
  it.each([
    ['&#65;&#x42;&quot;&apos;&nbsp;x', 'AB"\' x'],
    ['a<br/>b<br>c', 'a\nb\nc'],
    ['<div>one</div><div>two</div>', 'one\ntwo'],
    ['&bogus; &#xZZ;', '&bogus; &#xZZ;'],
  ])('reads %j as %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
