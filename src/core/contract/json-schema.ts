import {
  COMPACT_DROP_ORDER,
  HANDOFF_MODELS,
  MESSAGE_KINDS,
  MESSAGE_ROLES,
  TRIGGER_TYPES,
  CONTEXT_SCHEMA,
} from './types.js';

const unit = { type: 'number', minimum: 0, maximum: 1 } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;

/** handoff-context/v1 for bots written in other languages; schemas/ holds the same as a file. */
export const CONTEXT_PACKAGE_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://handoffbrief.example/schemas/handoff-context-v1.schema.json',
  title: 'Handoff context package (handoff-context/v1)',
  type: 'object',
  // No transcript is the compact profile (messaging road): the ticket's conversation holds it.
  required: ['schema', 'conversationId', 'handedOffAt', 'trigger'],
  properties: {
    schema: { const: CONTEXT_SCHEMA },
    conversationId: { type: 'string', minLength: 1 },
    handedOffAt: dateTime,
    model: { enum: [...HANDOFF_MODELS], default: 'async' },
    trigger: {
      type: 'object',
      required: ['ruleId', 'type'],
      properties: {
        ruleId: { type: 'string', minLength: 1 },
        type: { enum: [...TRIGGER_TYPES] },
        label: { type: 'string' },
        matched: { type: 'string' },
        messageIndex: { type: 'integer', minimum: 0 },
        confidence: unit,
        threshold: unit,
      },
    },
    intent: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', minLength: 1 }, confidence: unit },
    },
    customer: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        email: { type: 'string' },
        accountId: { type: 'string' },
        planTier: { type: 'string' },
        authenticated: { type: 'boolean' },
      },
    },
    page: { type: 'object', properties: { url: { type: 'string' }, title: { type: 'string' } } },
    transcript: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'role', 'text'],
        properties: {
          at: dateTime,
          role: { enum: [...MESSAGE_ROLES] },
          text: { type: 'string' },
          kind: { enum: [...MESSAGE_KINDS] },
        },
      },
    },
    truncated: { type: 'integer', minimum: 0 },
    locale: { type: 'string' },
    messageCount: { type: 'integer', minimum: 0 },
    firstMessageAt: dateTime,
    omitted: { type: 'array', items: { enum: [...COMPACT_DROP_ORDER] }, uniqueItems: true },
  },
} as const;
