import type { ZendeskClient } from '../zendesk-client';
import type { FieldIdCache } from './field-id-cache';
import { findInRequirements, findInTicketFields, readFieldId } from './find-context-field';

export type FieldSource = 'setting' | 'cache' | 'requirements' | 'ticket_fields';

export type FieldResolution =
  | { readonly kind: 'found'; readonly id: number; readonly source: FieldSource }
  | { readonly kind: 'not_found' };

/** The locations that have ZAF's Ticket Field object (`ticketFields`); others are refused it. */
const TICKET_FIELD_LOCATIONS: readonly string[] = [
  'ticket_sidebar',
  'new_ticket_sidebar',
  'ticket_editor',
];

export interface FieldLookup {
  readonly installationId: number;
  /** The `context_field_id` installation setting, as Zendesk gives it. */
  readonly setting: unknown;
  /** Where the app runs (ZAF context `location`): `ticketFields` exists only in ticket locations. */
  readonly location: string;
  readonly cache: FieldIdCache;
}

async function fromRequirements(
  client: ZendeskClient,
  installationId: number,
): Promise<number | undefined> {
  try {
    const answer = await client.request({
      url: `/api/v2/apps/installations/${installationId}/requirements.json`,
    });
    return findInRequirements(answer);
  } catch {
    // Unreachable or too slow: the next source may still know.
    return undefined;
  }
}

async function fromTicketFields(client: ZendeskClient): Promise<number | undefined> {
  try {
    const { values } = await client.get(['ticketFields']);
    return findInTicketFields(values.ticketFields);
  } catch {
    return undefined;
  }
}

/**
 * Which custom field holds the context package: the admin's override, else the id found
 * before, else the field the installation's requirements created (the Apps Requirements list,
 * allowed for every agent), else, in a ticket location, the field titled "Handoff context".
 * A found id is cached per installation so later tickets need no lookup.
 */
export async function resolveContextFieldId(
  client: ZendeskClient,
  lookup: FieldLookup,
  options: { readonly skipCache?: boolean } = {},
): Promise<FieldResolution> {
  const setting = readFieldId(lookup.setting);
  if (setting !== undefined) return { kind: 'found', id: setting, source: 'setting' };
  const cached = options.skipCache === true ? undefined : lookup.cache.read(lookup.installationId);
  if (cached !== undefined) return { kind: 'found', id: cached, source: 'cache' };
  const sources: [FieldSource, () => Promise<number | undefined>][] = [
    ['requirements', () => fromRequirements(client, lookup.installationId)],
  ];
  if (TICKET_FIELD_LOCATIONS.includes(lookup.location))
    sources.push(['ticket_fields', () => fromTicketFields(client)]);
  for (const [source, find] of sources) {
    const id = await find();
    if (id !== undefined) {
      lookup.cache.write(lookup.installationId, id);
      return { kind: 'found', id, source };
    }
  }
  return { kind: 'not_found' };
}
