import { COMPACT_DROP_ORDER, type CompactField, type ContextPackage } from '../contract/types.js';
import { tagsFor } from '../routing/tags.js';
import { utf8Length } from './fit-package.js';

/**
 * The compact package's budget. Sunshine Conversations caps `passControl` metadata at 4 KB
 * (its OpenAPI spec); 3 KB leaves room for the tags, `first_message_id` and the keys.
 */
export const COMPACT_MAX_BYTES = 3072;
/** The whole metadata object's cap, as Sunshine Conversations documents it. */
export const PASS_CONTROL_METADATA_BYTES = 4096;

type CompactJson = Record<string, unknown>;

const omitKey = (record: Readonly<Record<string, unknown>>, key: string): CompactJson =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));

function without(json: CompactJson, field: CompactField): CompactJson {
  const [part, key] = field.split('.') as [string, string | undefined];
  const inner = json[part];
  if (key === undefined || typeof inner !== 'object' || inner === null) return omitKey(json, part);
  const kept = omitKey(inner as Record<string, unknown>, key);
  return Object.keys(kept).length === 0 ? omitKey(json, part) : { ...json, [part]: kept };
}

function has(json: CompactJson, field: CompactField): boolean {
  const [part, key] = field.split('.') as [string, string | undefined];
  const inner = json[part];
  if (key === undefined) return inner !== undefined;
  return typeof inner === 'object' && inner !== null && key in inner;
}

/**
 * The compact profile of a package for the messaging road: everything but the transcript (the
 * ticket's conversation carries the messages), with how many messages the bot saw and when the
 * first was sent. When it does not fit `maxBytes` of UTF-8, parts are dropped in
 * COMPACT_DROP_ORDER (the page title first, the email last) and named in `omitted`, so the
 * agent is told what the bot had. Pure.
 *
 * @throws RangeError when even the trigger and ids alone do not fit.
 */
export function toCompactPackage(
  pkg: ContextPackage,
  maxBytes: number = COMPACT_MAX_BYTES,
): { json: string; omitted: readonly CompactField[] } {
  const { transcript, truncated } = pkg;
  const first = transcript.find((message) => message.at !== undefined)?.at;
  const whole: Readonly<Record<string, unknown>> = { ...pkg };
  const details = omitKey(omitKey(omitKey(whole, 'transcript'), 'truncated'), 'compact');
  let json: CompactJson = {
    ...details,
    messageCount: transcript.length + (truncated ?? 0),
    ...(first === undefined ? {} : { firstMessageAt: first }),
  };
  const omitted: CompactField[] = [];
  const fits = () =>
    utf8Length(JSON.stringify(omitted.length === 0 ? json : { ...json, omitted })) <= maxBytes;
  for (const field of COMPACT_DROP_ORDER) {
    if (fits()) break;
    if (!has(json, field)) continue;
    json = without(json, field);
    omitted.push(field);
  }
  const text = JSON.stringify(omitted.length === 0 ? json : { ...json, omitted });
  if (utf8Length(text) > maxBytes)
    throw new RangeError(`toCompactPackage: the package does not fit in ${maxBytes} bytes`);
  return { json: text, omitted };
}

export interface PassControlOptions {
  /** Id of the "Handoff context" ticket field (the app creates it on install). */
  readonly contextFieldId: number;
  /**
   * The Sunshine Conversations id of the conversation's first message: without it Zendesk
   * attaches only the last 10 messages to the ticket (support.zendesk.com 4419179022874).
   */
  readonly firstMessageId?: string;
}

/**
 * The `metadata` of a Sunshine Conversations `passControl` call that hands a messaging
 * conversation to Zendesk: the compact package into the context field and the handoff tags,
 * through Zendesk's `dataCapture.ticketField.<id>` and `dataCapture.systemField.tags` keys.
 * Flat and string-valued, and within the documented 4 KB.
 */
export function toPassControlMetadata(
  pkg: ContextPackage,
  options: PassControlOptions,
): Record<string, string> {
  const compact = toCompactPackage(pkg);
  const metadata: Record<string, string> = {
    [`dataCapture.ticketField.${options.contextFieldId}`]: compact.json,
    'dataCapture.systemField.tags': tagsFor(pkg.trigger).join(' '),
    ...(options.firstMessageId === undefined ? {} : { first_message_id: options.firstMessageId }),
  };
  if (utf8Length(JSON.stringify(metadata)) > PASS_CONTROL_METADATA_BYTES)
    throw new RangeError('toPassControlMetadata: the metadata is over 4 KB');
  return metadata;
}
