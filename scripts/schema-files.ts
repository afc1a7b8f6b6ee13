import { CONTEXT_PACKAGE_JSON_SCHEMA } from '../src/core/contract';

export const SCHEMA_FILES: readonly (readonly [string, unknown])[] = [
  ['schemas/handoff-context-v1.schema.json', CONTEXT_PACKAGE_JSON_SCHEMA],
];
