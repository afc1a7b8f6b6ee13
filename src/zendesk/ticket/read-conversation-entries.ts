import type { ConversationContent, ConversationEntry } from '../../core/contract';
import { isObject } from '../../core/shared';
import { toIso } from './read-ticket-snapshot';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

function readAttachments(value: unknown): ConversationEntry['attachments'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!isObject(item)) return [];
    const name = str(item['filename']) ?? str(item['name']) ?? '';
    const contentType = str(item['contentType']);
    return [{ name, ...(contentType === undefined ? {} : { contentType }) }];
  });
}

function readContent(message: unknown): ConversationContent {
  if (!isObject(message)) return { type: 'none' };
  const content = message['content'];
  if (isObject(content)) return { type: 'structured', value: content };
  const text = str(content);
  if (text === undefined || text.trim() === '') return { type: 'none' };
  const contentType = (str(message['contentType']) ?? '').toLowerCase();
  return contentType.startsWith('text/html')
    ? { type: 'html', html: text }
    : { type: 'text', text };
}

/**
 * ZAF's `ticket.conversation` (an array of `{ author, channel, message, timestamp,
 * attachments }`, docs/decisions/006) as typed entries. Tolerant: an entry that is not an
 * object is skipped, a missing part is absent; the content is kept as text, HTML or a
 * structured message for the core to read, never rendered.
 */
export function readConversationEntries(value: unknown): ConversationEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((raw: unknown): ConversationEntry[] => {
    if (!isObject(raw)) return [];
    const author = isObject(raw['author']) ? raw['author'] : {};
    const channel = isObject(raw['channel']) ? str(raw['channel']['name']) : str(raw['channel']);
    const message = raw['message'];
    const at = toIso(raw['timestamp']);
    const attachments = readAttachments(
      raw['attachments'] ?? (isObject(message) ? message['attachments'] : undefined),
    );
    const name = str(author['name']);
    const role = str(author['role']);
    return [
      {
        ...(at === undefined ? {} : { at }),
        author: {
          ...(name === undefined ? {} : { name }),
          ...(role === undefined ? {} : { role }),
        },
        ...(channel === undefined ? {} : { channel }),
        content: readContent(message),
        attachments,
      },
    ];
  });
}
