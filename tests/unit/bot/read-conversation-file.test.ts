import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConversationFile } from '../../../src/core/bot';

const example = readFileSync('docs/examples/conversation.json', 'utf8');
const valid = { messages: [{ role: 'customer', text: 'hi' }] };

describe('readConversationFile', () => {
  it('reads the documented example into a conversation and the package details', () => {
    const result = readConversationFile(example);
    if (!result.ok) throw new Error('the example must read');
    expect(result.value.conversation.messages).toHaveLength(3);
    expect(result.value.conversation.answerConfidence).toBe(0.74);
    expect(result.value.meta).toMatchObject({
      conversationId: 'c_8f2',
      handedOffAt: '2026-11-20T10:32:11Z',
      customer: { planTier: 'enterprise' },
      page: { title: 'Billing' },
      locale: 'en-US',
    });
  });

  it('needs only the messages', () => {
    expect(readConversationFile(valid)).toEqual({
      ok: true,
      value: { conversation: { messages: [{ role: 'customer', text: 'hi' }] }, meta: {} },
      warnings: [],
    });
  });

  it.each([
    ['not_json', '{', []],
    ['not_object', '[]', []],
    ['required', {}, ['messages']],
    ['wrong_type', { messages: {} }, ['messages']],
    ['invalid_value', { messages: [{ role: 'robot', text: 'x' }] }, ['messages', 0, 'role']],
    ['required', { messages: [{ role: 'bot' }] }, ['messages', 0, 'text']],
    ['invalid_date', { messages: [{ role: 'bot', text: 'x', at: 'now' }] }, ['messages', 0, 'at']],
    ['out_of_range', { ...valid, answerConfidence: 2 }, ['answerConfidence']],
    ['required', { ...valid, intent: { name: 'a' } }, ['intent', 'confidence']],
    ['wrong_type', { ...valid, humanRequested: 'yes' }, ['humanRequested']],
    ['wrong_type', { ...valid, customer: { email: 3 } }, ['customer', 'email']],
    ['required', { ...valid, conversationId: ' ' }, ['conversationId']],
    ['invalid_value', { ...valid, model: 'email' }, ['model']],
  ] as const)('reports %s at %j', (code, input, path) => {
    const result = readConversationFile(input);
    expect(result.ok ? [] : result.issues).toContainEqual(expect.objectContaining({ code, path }));
  });
});
