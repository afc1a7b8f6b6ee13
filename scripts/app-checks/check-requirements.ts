import { isObject } from '../../src/core/shared';
import { readJson, type AppFolder } from './app-folder';
import { problem, type Problem } from './problem';
import { REQUIREMENT_TYPES, TICKET_FIELD_TYPES } from './zendesk-rules';

const FILE = 'requirements.json';
/** Requirement types whose resources Zendesk does not name with a title (Validations::Requirements). */
const UNTITLED = new Set([
  'channel_integrations',
  'custom_objects',
  'webhooks',
  'custom_objects_v2',
]);

/** requirements.json is optional; when present it is `{ type: { identifier: resource } }`. */
export function checkRequirements(folder: AppFolder): Problem[] {
  if (!folder.has(FILE)) return [];
  const read = readJson(folder, FILE, 'requirements_not_json');
  if (!read.ok) return [read.problem];
  if (!isObject(read.value)) return [problem('requirements_invalid', FILE, 'is not a JSON object')];
  const problems: Problem[] = [];
  for (const [type, resources] of Object.entries(read.value)) {
    if (!REQUIREMENT_TYPES.some((known) => known === type)) {
      problems.push(
        problem('requirement_type_unknown', FILE, `"${type}" is not a requirement type`),
      );
      continue;
    }
    if (!isObject(resources)) {
      problems.push(
        problem('requirements_invalid', FILE, `"${type}" must map identifiers to resources`),
      );
      continue;
    }
    for (const [identifier, resource] of Object.entries(resources)) {
      const at = `${type}.${identifier}`;
      if (!isObject(resource)) {
        problems.push(problem('requirements_invalid', FILE, `${at} must be an object`));
        continue;
      }
      if (!UNTITLED.has(type) && typeof resource['title'] !== 'string') {
        problems.push(problem('requirement_title_missing', FILE, `${at} has no "title"`));
      }
      const fieldType = resource['type'];
      if (type === 'ticket_fields' && !TICKET_FIELD_TYPES.some((known) => known === fieldType)) {
        problems.push(
          problem(
            'ticket_field_type_invalid',
            FILE,
            `${at} has the ticket field type ${String(fieldType)}`,
          ),
        );
      }
    }
  }
  return problems;
}
