import { isObject } from '../shared/index.js';
import { htmlToText } from './html-text.js';
import type { ConversationEntry, MessageKind, TranscriptMessage, TranscriptRole } from './types.js';

const CUSTOMER_ROLES = new Set(['end-user', 'end_user', 'enduser', 'user', 'customer']);
const STAFF_ROLES = new Set(['agent', 'admin']);
const BOT_ROLES = new Set(['bot', 'ai', 'ai_agent', 'answer_bot']);
const SYSTEM_ROLES = new Set(['system', 'trigger', 'automation', 'activity']);

const same = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

/**
 * Who wrote a message. Zendesk documents `author.role` only by example (`end-user`, `agent`,
 * `admin`), and not how its AI agent or a bot appears (docs/decisions/006): a bot is a role
 * that says so, or an author the admin named in the bot name setting; anything else that is not
 * plainly a customer, an agent or the system is `unknown`, shown as such, never guessed.
 */
export function authorRole(
  author: ConversationEntry['author'],
  botNames: readonly string[],
): TranscriptRole {
  const role = (author.role ?? '').trim().toLowerCase();
  const isNamedBot =
    author.name !== undefined && botNames.some((name) => same(name, author.name ?? ''));
  if (BOT_ROLES.has(role) || isNamedBot) return 'bot';
  if (CUSTOMER_ROLES.has(role)) return 'customer';
  if (STAFF_ROLES.has(role)) return 'agent';
  if (SYSTEM_ROLES.has(role)) return 'system';
  return 'unknown';
}

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function labelsOf(items: unknown, key: string): string[] {
  if (!Array.isArray(items)) return [];
  return items
    .map((item) => (isObject(item) ? str(item[key]) : ''))
    .filter((label) => label !== '');
}

function actionLabels(value: unknown): string[] {
  return labelsOf(value, 'text');
}

/**
 * A Sunshine Conversations message content (documented types: text with actions, carousel,
 * list, form, formResponse, file, image, location) as the kind and words a transcript shows.
 */
function readStructured(value: unknown): { kind: MessageKind; text: string } | undefined {
  if (!isObject(value)) return undefined;
  const type = str(value['type']);
  const text = str(value['text']);
  switch (type) {
    case 'text': {
      const buttons = actionLabels(value['actions']);
      if (buttons.length === 0)
        return { kind: str(value['payload']) === '' ? 'text' : 'button', text };
      return {
        kind: 'button',
        text: [text, buttons.join(' · ')].filter((t) => t !== '').join('\n'),
      };
    }
    case 'carousel':
    case 'list': {
      const items = Array.isArray(value['items']) ? value['items'] : [];
      const titles = labelsOf(items, 'title');
      return { kind: 'carousel', text: titles.length > 0 ? titles.join(' · ') : text };
    }
    case 'form':
      return { kind: 'form', text: labelsOf(value['fields'], 'label').join(' · ') || text };
    case 'formResponse': {
      const fallback = str(value['textFallback']);
      if (fallback !== '') return { kind: 'form', text: fallback };
      const fields = Array.isArray(value['fields']) ? value['fields'] : [];
      const lines = fields.flatMap((field: unknown) => {
        if (!isObject(field)) return [];
        const answer =
          str(field['text']) ||
          str(field['email']) ||
          labelsOf(field['select'], 'label').join(', ');
        return [`${str(field['label'])}: ${answer}`];
      });
      return { kind: 'form', text: lines.join('\n') };
    }
    case 'file':
    case 'image':
      return {
        kind: 'file',
        text: str(value['altText']) || str(value['mediaUrl']).split('/').pop() || text,
      };
    case 'location':
      return {
        kind: 'text',
        text:
          text || [str(isObject(value['location']) ? value['location']['address'] : '')].join(''),
      };
    default:
      return text === '' ? undefined : { kind: 'text', text };
  }
}

function contentOf(entry: ConversationEntry): { kind: MessageKind; text: string } {
  const { content } = entry;
  const files = entry.attachments.map((a) => a.name).filter((name) => name !== '');
  let read: { kind: MessageKind; text: string } | undefined;
  if (content.type === 'text') read = { kind: 'text', text: content.text.trim() };
  else if (content.type === 'html') read = { kind: 'text', text: htmlToText(content.html) };
  else if (content.type === 'structured') read = readStructured(content.value);
  if (files.length === 0) return read ?? { kind: 'text', text: '' };
  if (read === undefined || read.text === '') return { kind: 'file', text: files.join(' · ') };
  return { ...read, text: `${read.text}\n${files.join(' · ')}` };
}

/**
 * Channels whose entries are comments (email, the web form, the API, voice) or an agent's
 * private note, which ZAF's conversation lists beside chat and messaging messages.
 */
const COMMENT_CHANNELS = new Set(['email', 'web', 'web_form', 'api', 'voice', 'phone']);
const NOTE_CHANNEL = 'internal';

/**
 * Whether the entries are a chat or messaging conversation (a handoff's), not only an email
 * thread: some entry came through another channel, or a bot wrote one.
 */
export function isConversation(
  entries: readonly ConversationEntry[],
  botNames: readonly string[] = [],
): boolean {
  return entries.some((entry) => {
    const channel = entry.channel?.toLowerCase();
    if (channel === NOTE_CHANNEL) return false;
    const conversational = channel !== undefined && !COMMENT_CHANNELS.has(channel);
    return conversational || authorRole(entry.author, botNames) === 'bot';
  });
}

/**
 * The conversation as a transcript, oldest first: empty messages and agents' private notes left
 * out. Empty when the entries are not a conversation (see isConversation).
 */
export function readConversation(
  entries: readonly ConversationEntry[],
  options: { readonly botNames?: readonly string[] } = {},
): TranscriptMessage[] {
  const botNames = options.botNames ?? [];
  if (!isConversation(entries, botNames)) return [];
  const messages: TranscriptMessage[] = [];
  for (const entry of entries) {
    if (entry.channel?.toLowerCase() === NOTE_CHANNEL) continue;
    const { kind, text } = contentOf(entry);
    if (text === '') continue;
    const role = authorRole(entry.author, botNames);
    const name = entry.author.name?.trim();
    messages.push({
      ...(entry.at === undefined ? {} : { at: entry.at }),
      role,
      text,
      ...(kind === 'text' ? {} : { kind }),
      ...(name === undefined || name === '' ? {} : { author: name }),
    });
  }
  return messages.sort((a, b) =>
    a.at === undefined || b.at === undefined ? 0 : Date.parse(a.at) - Date.parse(b.at),
  );
}
