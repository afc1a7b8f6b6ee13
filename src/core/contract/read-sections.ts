import { defined, isObject, type JsonObject } from '../shared/index.js';
import type { ContractReader } from './issue-codes.js';
import {
  COMPACT_DROP_ORDER,
  HANDOFF_MODELS,
  MESSAGE_KINDS,
  MESSAGE_ROLES,
  TRIGGER_TYPES,
  type CompactFacts,
  type CompactField,
  type Customer,
  type Intent,
  type Page,
  type PartialContextPackage,
  type TranscriptMessage,
  type Trigger,
} from './types.js';

function readTrigger(r: ContractReader, root: JsonObject): Trigger | undefined {
  const path = ['trigger'];
  const obj = r.object(root, 'trigger', [], true);
  if (obj === undefined) return undefined;
  const ruleId = r.string(obj, 'ruleId', path, true);
  const type = r.oneOf(obj, 'type', path, TRIGGER_TYPES, true);
  const rest = defined<Omit<Trigger, 'ruleId' | 'type'>>({
    label: r.string(obj, 'label', path),
    matched: r.string(obj, 'matched', path),
    messageIndex: r.number(obj, 'messageIndex', path, 0, Number.MAX_SAFE_INTEGER),
    confidence: r.number(obj, 'confidence', path, 0, 1),
    threshold: r.number(obj, 'threshold', path, 0, 1),
  });
  return ruleId === undefined || type === undefined ? undefined : { ruleId, type, ...rest };
}

function readIntent(r: ContractReader, root: JsonObject): Intent | undefined {
  const obj = r.object(root, 'intent', [], false);
  if (obj === undefined) return undefined;
  const name = r.string(obj, 'name', ['intent'], true);
  const confidence = r.number(obj, 'confidence', ['intent'], 0, 1);
  return name === undefined ? undefined : defined<Intent>({ name, confidence });
}

export function readCustomer(r: ContractReader, root: JsonObject): Customer | undefined {
  const obj = r.object(root, 'customer', [], false);
  if (obj === undefined) return undefined;
  const path = ['customer'];
  return defined<Customer>({
    name: r.string(obj, 'name', path),
    email: r.string(obj, 'email', path),
    accountId: r.string(obj, 'accountId', path),
    planTier: r.string(obj, 'planTier', path),
    authenticated: r.boolean(obj, 'authenticated', path),
  });
}

export function readPage(r: ContractReader, root: JsonObject): Page | undefined {
  const obj = r.object(root, 'page', [], false);
  if (obj === undefined) return undefined;
  return defined<Page>({
    url: r.string(obj, 'url', ['page']),
    title: r.string(obj, 'title', ['page']),
  });
}

function readMessage(
  r: ContractReader,
  value: unknown,
  index: number,
): TranscriptMessage | undefined {
  const path = ['transcript', index];
  if (!isObject(value)) {
    r.report('wrong_type', path, { expected: 'object' });
    return undefined;
  }
  const before = r.issues.length;
  const at = r.date(value, 'at', path, true);
  const role = r.oneOf(value, 'role', path, MESSAGE_ROLES, true);
  const text = r.string(value, 'text', path);
  if (value['text'] === undefined) r.report('required', [...path, 'text']);
  const kind = r.oneOf(value, 'kind', path, MESSAGE_KINDS);
  if (r.issues.length > before || role === undefined || text === undefined) return undefined;
  return defined<TranscriptMessage>({ at, role, text, kind });
}

function readTranscript(r: ContractReader, root: JsonObject): TranscriptMessage[] {
  const value = root['transcript'];
  // No transcript at all is the compact profile (readCompact): the ticket's conversation has it.
  if (value === undefined) return [];
  if (value === null) {
    r.report('required', ['transcript']);
    return [];
  }
  if (!Array.isArray(value)) {
    r.report('wrong_type', ['transcript'], { expected: 'list' });
    return [];
  }
  const messages: TranscriptMessage[] = [];
  value.forEach((item: unknown, index) => {
    const message = readMessage(r, item, index);
    if (message !== undefined) messages.push(message);
  });
  return messages;
}

/**
 * What a compact package (one without `transcript`) says of the conversation the bot had: how
 * many messages, since when, and which parts it dropped to fit. Undefined for a full package.
 */
function readCompact(r: ContractReader, root: JsonObject): CompactFacts | undefined {
  if (root['transcript'] !== undefined) return undefined;
  const omitted: CompactField[] = [];
  const raw = root['omitted'];
  if (Array.isArray(raw)) {
    raw.forEach((item: unknown, index) => {
      if ((COMPACT_DROP_ORDER as readonly unknown[]).includes(item))
        omitted.push(item as CompactField);
      else
        r.report('invalid_value', ['omitted', index], { allowed: COMPACT_DROP_ORDER.join(', ') });
    });
  } else if (raw !== undefined) {
    r.report('wrong_type', ['omitted'], { expected: 'list' });
  }
  return {
    ...defined<Omit<CompactFacts, 'omitted'>>({
      messageCount: r.number(root, 'messageCount', [], 0, Number.MAX_SAFE_INTEGER),
      firstMessageAt: r.date(root, 'firstMessageAt', []),
    }),
    omitted,
  };
}

/** Every part of a package that can be read, whatever else is wrong with it. */
export function readSections(r: ContractReader, root: JsonObject): PartialContextPackage {
  return defined<PartialContextPackage>({
    conversationId: r.string(root, 'conversationId', [], true),
    handedOffAt: r.date(root, 'handedOffAt', [], true),
    model: r.oneOf(root, 'model', [], HANDOFF_MODELS),
    trigger: readTrigger(r, root),
    intent: readIntent(r, root),
    customer: readCustomer(r, root),
    page: readPage(r, root),
    transcript: readTranscript(r, root),
    truncated: r.number(root, 'truncated', [], 0, Number.MAX_SAFE_INTEGER),
    locale: r.string(root, 'locale', []),
    compact: readCompact(r, root),
  });
}
