import type { RuleSet } from './types.js';

/**
 * The seed's narrow set: the customer's own request for a person, the topics a bot must not
 * handle alone, and the bot's own doubt. "Urgent" ships switched off so five rules are live:
 * urgency words also fire on calm customers ("no rush, but urgent-ish"), so a team turns it on
 * when its figures show the need.
 */
export const DEFAULT_RULES: RuleSet = {
  schema: 'handoff-rules/v1',
  revision: 0,
  rules: [
    {
      id: 'human',
      type: 'customer',
      label: 'Asked for a person',
      enabled: true,
      phrases: [
        'talk to a human',
        'speak to a human',
        'real person',
        'human agent',
        'agent please',
        'speak to someone',
      ],
    },
    {
      id: 'refund',
      type: 'keyword',
      label: 'Refunds and billing disputes',
      enabled: true,
      phrases: ['refund*', 'chargeback', 'money back', 'charged twice', 'double charged'],
    },
    {
      id: 'cancel',
      type: 'keyword',
      label: 'Cancellation',
      enabled: true,
      phrases: [
        'cancel my account',
        'close my account',
        'cancel my subscription',
        'delete my account',
      ],
    },
    {
      id: 'legal',
      type: 'keyword',
      label: 'Legal and compliance',
      enabled: true,
      phrases: ['lawyer', 'legal action', 'gdpr', 'data protection', 'sue', 'solicitor'],
    },
    {
      id: 'urgent',
      type: 'keyword',
      label: 'Urgent',
      enabled: false,
      phrases: ['urgent', 'emergency', 'outage', 'asap'],
    },
    {
      id: 'no-answer',
      type: 'confidence',
      label: 'Bot had no good answer',
      enabled: true,
      below: 0.6,
    },
  ],
};
