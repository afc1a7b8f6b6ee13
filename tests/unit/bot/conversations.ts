import type { Conversation, HandoffDecision } from '../../../src/core/routing';
import { DEFAULT_RULES, evaluate } from '../../../src/core/routing';
import type { HandoffMeta } from '../../../src/core/bot';

/** A billing conversation that fires the refund rule on its third message. */
export const billing: Conversation = {
  messages: [
    { at: '2026-11-20T10:30:02Z', role: 'customer', text: 'Hi, I was billed for March' },
    {
      at: '2026-11-20T10:30:04Z',
      role: 'bot',
      text: 'I can help with billing. Is it about an invoice?',
      kind: 'text',
    },
    { at: '2026-11-20T10:31:40Z', role: 'customer', text: 'I want a refund for the second charge' },
  ],
  intent: { name: 'billing.refund', confidence: 0.82 },
};

export const meta: HandoffMeta = {
  conversationId: 'c_8f2',
  handedOffAt: '2026-11-20T10:32:11Z',
  customer: { name: 'Ana Ruiz', email: 'ana@example.com', planTier: 'enterprise' },
  page: { url: 'https://app.example.com/billing', title: 'Billing' },
  locale: 'en-US',
};

export function handoffOf(conversation: Conversation): HandoffDecision {
  const decision = evaluate(DEFAULT_RULES, conversation);
  if (!decision.handoff) throw new Error('the fixture conversation must hand off');
  return decision;
}
