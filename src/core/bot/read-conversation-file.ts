import type { ContractIssueCode, ContractReader } from '../contract/issue-codes.js';
import { readCustomer, readPage } from '../contract/read-sections.js';
import { HANDOFF_MODELS, MESSAGE_KINDS, MESSAGE_ROLES } from '../contract/types.js';
import type { Conversation, ConversationMessage } from '../routing/types.js';
import {
  FieldReader,
  defined,
  fail,
  isObject,
  ok,
  type JsonObject,
  type Result,
} from '../shared/index.js';
import type { HandoffMeta } from './types.js';

/**
 * A conversation as a file or a request body: the routing `Conversation` plus what the
 * package needs besides it. `conversationId` and `handedOffAt` may be left to the caller.
 */
export interface ConversationFile {
  readonly conversation: Conversation;
  readonly meta: Partial<Pick<HandoffMeta, 'conversationId' | 'handedOffAt'>> &
    Omit<HandoffMeta, 'conversationId' | 'handedOffAt'>;
}

function readMessage(
  r: ContractReader,
  value: unknown,
  index: number,
): ConversationMessage | undefined {
  const path = ['messages', index];
  if (!isObject(value)) {
    r.report('wrong_type', path, { expected: 'object' });
    return undefined;
  }
  const role = r.oneOf(value, 'role', path, MESSAGE_ROLES, true);
  const text = r.string(value, 'text', path);
  if (value['text'] === undefined || value['text'] === null)
    r.report('required', [...path, 'text']);
  const at = r.date(value, 'at', path);
  const kind = r.oneOf(value, 'kind', path, MESSAGE_KINDS);
  if (role === undefined || text === undefined) return undefined;
  return defined<ConversationMessage>({ role, text, at, kind });
}

function readConversation(r: ContractReader, root: JsonObject): Conversation {
  const list = root['messages'];
  const messages: ConversationMessage[] = [];
  if (!Array.isArray(list)) r.report(list === undefined ? 'required' : 'wrong_type', ['messages']);
  else
    list.forEach((item: unknown, index) => {
      const message = readMessage(r, item, index);
      if (message !== undefined) messages.push(message);
    });
  const intentObject = r.object(root, 'intent', [], false);
  const name = intentObject && r.string(intentObject, 'name', ['intent'], true);
  const confidence = intentObject && r.number(intentObject, 'confidence', ['intent'], 0, 1);
  if (intentObject !== undefined && intentObject['confidence'] === undefined)
    r.report('required', ['intent', 'confidence']);
  return defined<Conversation>({
    messages,
    intent: name === undefined || confidence === undefined ? undefined : { name, confidence },
    answerConfidence: r.number(root, 'answerConfidence', [], 0, 1),
    humanRequested: r.boolean(root, 'humanRequested', []),
  });
}

/** Reads a conversation file (JSON text or value), listing every issue; never throws. */
export function readConversationFile(input: unknown): Result<ConversationFile, ContractIssueCode> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return fail([{ code: 'not_json', path: [] }]);
    }
  }
  if (!isObject(value)) return fail([{ code: 'not_object', path: [] }]);
  const r = new FieldReader<ContractIssueCode>();
  const conversation = readConversation(r, value);
  const meta = defined<ConversationFile['meta']>({
    conversationId: r.string(value, 'conversationId', []),
    handedOffAt: r.date(value, 'handedOffAt', []),
    model: r.oneOf(value, 'model', [], HANDOFF_MODELS),
    customer: readCustomer(r, value),
    page: readPage(r, value),
    locale: r.string(value, 'locale', []),
  });
  if (meta.conversationId?.trim() === '') r.report('required', ['conversationId']);
  return r.issues.length > 0 ? fail(r.issues) : ok({ conversation, meta });
}
