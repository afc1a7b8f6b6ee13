import requirements from '../../../requirements.json';
import { isObject } from '../../core/shared';

/** The field's title as requirements.json creates it on install: how ticketFields names it. */
const CONTEXT_FIELD_TITLE = requirements.ticket_fields.handoff_context.title;
/** The requirement's identifier in the installation's requirements list. */
const CONTEXT_FIELD_REQUIREMENT = 'handoff_context';

/** A positive whole number, given as a number or as digits (settings are text). */
export function readFieldId(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  if (!/^\s*\d{1,16}\s*$/.test(text)) return undefined;
  const id = Number(text.trim());
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** ZAF `ticketFields`: the textarea field titled "Handoff context" (`custom_field_<id>`). */
export function findInTicketFields(value: unknown): number | undefined {
  if (!Array.isArray(value)) return undefined;
  const title = CONTEXT_FIELD_TITLE.toLowerCase();
  for (const field of value) {
    if (!isObject(field) || field['type'] !== 'textarea') continue;
    const label = typeof field['label'] === 'string' ? field['label'].trim().toLowerCase() : '';
    const name = typeof field['name'] === 'string' ? field['name'] : '';
    const id = /^custom_field_(\d+)$/.exec(name)?.[1];
    if (label === title && id !== undefined) return readFieldId(id);
  }
  return undefined;
}

/** `GET /api/v2/apps/installations/{id}/requirements.json`: the handoff_context field's id. */
export function findInRequirements(value: unknown): number | undefined {
  const list = isObject(value) ? value['requirements'] : undefined;
  if (!Array.isArray(list)) return undefined;
  const found = list.find(
    (item) => isObject(item) && item['identifier'] === CONTEXT_FIELD_REQUIREMENT,
  ) as Record<string, unknown> | undefined;
  return found === undefined ? undefined : readFieldId(found['requirement_id']);
}
