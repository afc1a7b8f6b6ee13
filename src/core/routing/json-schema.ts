import { TAG_SAFE_ID } from './parse-rule.js';
import { TRIGGER_TYPES } from '../contract/types.js';
import { NARROW_RULE_LIMIT, REFUSED_RULE_TYPES, RULES_SCHEMA } from './types.js';

const unit = { type: 'number', minimum: 0, maximum: 1 } as const;
const words = (description: string) =>
  ({
    type: 'array',
    minItems: 1,
    items: { type: 'string', minLength: 1 },
    description: `${description} Each must contain a letter or digit.`,
  }) as const;

const common = {
  id: {
    type: 'string',
    pattern: TAG_SAFE_ID.source,
    description:
      'Becomes the tag handoff_rule_<id> with - as _; two ids with the same tag are refused.',
  },
  label: { type: 'string', minLength: 1, pattern: '\\S' },
  enabled: { type: 'boolean', default: true },
  description: { type: 'string' },
} as const;

/**
 * handoff-rules/v1 for bots written in other languages; schemas/ holds the same as a file.
 * What a schema cannot say is in the descriptions: ids unique by tag, refused types, the
 * warning past five enabled rules.
 */
export const RULES_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://handoffbrief.example/schemas/handoff-rules-v1.schema.json',
  title: 'Handoff routing rules (handoff-rules/v1)',
  description: `Rules in priority order: the first enabled rule that matches fires. More than ${NARROW_RULE_LIMIT} enabled rules is accepted with a warning. The types ${REFUSED_RULE_TYPES.join(', ')} are refused: they fire on calm customers and interrupt them mid-resolution.`,
  type: 'object',
  required: ['schema', 'rules'],
  properties: {
    schema: { const: RULES_SCHEMA },
    revision: { type: 'integer', minimum: 0, default: 0 },
    updatedAt: { type: 'string', format: 'date-time' },
    updatedBy: { type: 'string' },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type', 'label'],
        properties: { ...common, type: { enum: [...TRIGGER_TYPES] } },
        oneOf: [
          {
            required: ['phrases'],
            properties: {
              type: { enum: ['customer', 'keyword'] },
              phrases: words(
                'Whole words of customer messages, case- and accent-insensitive; a trailing * matches word prefixes. "customer" rules also fire on the widget\'s "talk to a human" action.',
              ),
            },
          },
          {
            required: ['intents'],
            properties: {
              type: { const: 'intent' },
              intents: words("The bot's intent names that fire the rule."),
              minConfidence: unit,
            },
          },
          {
            required: ['below'],
            properties: {
              type: { const: 'confidence' },
              below: {
                ...unit,
                description:
                  "Fires when the bot's answer confidence (else its intent confidence) is below this.",
              },
            },
          },
        ],
      },
    },
  },
} as const;
