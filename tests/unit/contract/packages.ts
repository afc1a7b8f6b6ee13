/** A complete valid package, and helpers to break one part of it at a time. */
export const validPackage = {
  schema: 'handoff-context/v1',
  conversationId: 'c_8f2',
  handedOffAt: '2026-11-20T10:32:11Z',
  model: 'async',
  trigger: {
    ruleId: 'refund',
    type: 'keyword',
    label: 'Refunds',
    matched: 'refund',
    messageIndex: 2,
  },
  intent: { name: 'billing.refund', confidence: 0.82 },
  customer: {
    name: 'Ana Ruiz',
    email: 'ana@example.com',
    accountId: 'ACME-2231',
    planTier: 'enterprise',
    authenticated: true,
  },
  page: { url: 'https://app.example.com/billing', title: 'Billing' },
  transcript: [
    { at: '2026-11-20T10:30:02Z', role: 'customer', text: 'I was charged twice this month' },
    {
      at: '2026-11-20T10:30:04Z',
      role: 'bot',
      text: 'I can help with billing. Is it about an invoice?',
      kind: 'text',
    },
    { at: '2026-11-20T10:31:40Z', role: 'customer', text: 'I want a refund for the second charge' },
  ],
  locale: 'en-US',
  vendorExtra: { kept: true },
};

export function withChange(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(validPackage) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}
