import {
  parseContextPackage,
  type ContextPackage,
  type PartialContextPackage,
  type TranscriptMessage,
} from '../../src/core/contract';

/**
 * Context packages for every test: the valid package as a bot sends it (raw JSON), parsed, and
 * changed one part at a time; the sidebar's variant; messages.
 */

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

/**
 * A copy of `record` with the value at `path` replaced, or (with `undefined`) removed: one part
 * broken at a time.
 */
export function changedCopy(
  record: object,
  path: readonly (string | number)[],
  value: unknown,
): unknown {
  const copy: unknown = structuredClone(record);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

export const withChange = (path: readonly (string | number)[], value: unknown): unknown =>
  changedCopy(validPackage, path, value);

/** The contract tests' valid package, parsed, so briefs start from what the app really reads. */
export function fullPackage(): ContextPackage {
  const parsed = parseContextPackage(structuredClone(validPackage));
  if (!parsed.ok) throw new Error('tests/support/packages.ts no longer holds a valid package');
  return parsed.value;
}

/** The full package with some top-level parts replaced or (with `undefined`) removed. */
export function packageWith(changes: {
  readonly [K in keyof PartialContextPackage]?: PartialContextPackage[K] | undefined;
}): PartialContextPackage {
  const copy: Record<string, unknown> = { ...fullPackage() };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) Reflect.deleteProperty(copy, key);
    else copy[key] = value;
  }
  return copy as unknown as PartialContextPackage;
}

export const customerSays = (text: string, at?: string): TranscriptMessage => ({
  role: 'customer',
  text,
  ...(at === undefined ? {} : { at }),
});

export const botSays = (
  text: string,
  kind?: TranscriptMessage['kind'],
  at?: string,
): TranscriptMessage => ({
  role: 'bot',
  text,
  ...(kind === undefined ? {} : { kind }),
  ...(at === undefined ? {} : { at }),
});

/** A copy of `value` without `key`, typed as such (exactOptionalPropertyTypes forbids `key: undefined`). */
export function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  Reflect.deleteProperty(copy, key);
  return copy;
}

/**
 * The valid package as the sidebar tests show it: the demo account's rule label, a button the
 * bot offered instead of a question, and the transfer event; no locale or vendor extras.
 */
export function contextPackage(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const base = without(without(structuredClone(validPackage), 'locale'), 'vendorExtra');
  const [asked, , wanted] = base.transcript;
  return {
    ...base,
    trigger: { ...base.trigger, label: 'Refunds and billing disputes' },
    transcript: [
      asked,
      { at: '2026-11-20T10:30:04Z', role: 'bot', kind: 'button', text: 'See refund policy' },
      wanted,
      { at: '2026-11-20T10:31:42Z', role: 'system', kind: 'event', text: 'Chat transferred' },
    ],
    ...changes,
  };
}
