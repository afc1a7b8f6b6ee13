import { isObject } from '../../core/shared';
import type { SearchTicket } from './search-types';

function customFields(value: unknown): SearchTicket['custom_fields'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((field: unknown) =>
    isObject(field) && typeof field['id'] === 'number'
      ? [{ id: field['id'], value: field['value'] }]
      : [],
  );
}

/** A search result that is a ticket with the fields the app reads, or undefined. */
export function readSearchTicket(value: unknown): SearchTicket | undefined {
  if (!isObject(value)) return undefined;
  const type = value['result_type'];
  if (type !== undefined && type !== 'ticket') return undefined;
  const { id, created_at: createdAt, updated_at: updatedAt, subject, status, tags } = value;
  const { description, via } = value;
  const channel = isObject(via) ? via['channel'] : undefined;
  if (typeof id !== 'number' || !Number.isInteger(id) || typeof createdAt !== 'string')
    return undefined;
  return {
    id,
    created_at: createdAt,
    ...(typeof updatedAt === 'string' ? { updated_at: updatedAt } : {}),
    ...(typeof subject === 'string' ? { subject } : {}),
    ...(typeof description === 'string' ? { description } : {}),
    ...(typeof status === 'string' ? { status } : {}),
    ...(typeof channel === 'string' ? { via: { channel } } : {}),
    tags: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
    custom_fields: customFields(value['custom_fields']),
  };
}

/** The raw value of one custom field (the context package's, for instance), or undefined. */
export function customFieldValue(ticket: SearchTicket, fieldId: number): unknown {
  return ticket.custom_fields.find((field) => field.id === fieldId)?.value;
}
