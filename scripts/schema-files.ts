import { CONTEXT_PACKAGE_JSON_SCHEMA } from '../src/core/contract';
import { RULES_JSON_SCHEMA } from '../src/core/routing';

export const SCHEMA_FILES: readonly (readonly [string, unknown])[] = [
  ['schemas/handoff-context-v1.schema.json', CONTEXT_PACKAGE_JSON_SCHEMA],
  ['schemas/handoff-rules-v1.schema.json', RULES_JSON_SCHEMA],
];
