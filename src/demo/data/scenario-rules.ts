import type { RuleScenario } from './scenario-types';

/**
 * The phrase rules of the default set (and two of the past) with their demo volumes and verdict
 * mixes. Lines never contain a phrase of a rule that ranks above their own, so the routing core
 * fires the same rule on the transcript the package carries.
 */
export const PHRASE_RULE_SCENARIOS: readonly RuleScenario[] = [
  {
    ruleId: 'human',
    type: 'customer',
    label: 'Asked for a person',
    weight: () => 0.22,
    neededRate: 0.86,
    subjects: ['Customer asked for a person', 'Wants to talk to someone', 'Request for an agent'],
    openers: [
      'Hi, my order arrived damaged and the box was open',
      'The export keeps failing on the reports page',
      'I have a question about my contract renewal',
    ],
    followUps: [
      'Can I *talk to a human* please?',
      'I would rather *speak to a human* about this',
      'Is there a *real person* I can chat with?',
      '*Agent please*',
      'Let me *speak to someone* from your team',
    ],
    botReply: 'I can help with that. Could you tell me a bit more?',
    intents: [
      { name: 'order.damaged', confidence: [0.55, 0.9] },
      { name: 'reports.export_error', confidence: [0.5, 0.85] },
    ],
  },
  {
    ruleId: 'refund',
    type: 'keyword',
    label: 'Refunds and billing disputes',
    // A billing incident three to five weeks ago doubled refund handoffs for two weeks.
    weight: (age) => (age >= 21 && age < 35 ? 0.34 : 0.17),
    neededRate: 0.8,
    subjects: ['Refund request', 'Charged twice this month', 'Billing dispute'],
    openers: [
      'Hello, I have a problem with my last invoice',
      'Something is wrong with the payment on my card',
      'My subscription renewed and I did not expect it',
    ],
    followUps: [
      'I want a *refund* for the second charge',
      'I was *charged twice* for the same month',
      'Can I get my *money back*?',
      'Has it been *refunded* yet?',
      'My bank says I was *double charged*',
    ],
    botReply: 'I can help with billing. Is it about an invoice?',
    intents: [{ name: 'billing.refund', confidence: [0.6, 0.95] }],
  },
  {
    ruleId: 'cancel',
    type: 'keyword',
    label: 'Cancellation',
    weight: () => 0.11,
    neededRate: 0.7,
    subjects: ['Cancellation request', 'Wants to close the account', 'Subscription cancellation'],
    openers: [
      'We are moving to another tool next month',
      'Our team is shrinking and we no longer need this',
      'Hi, a quick question about our plan',
    ],
    followUps: [
      'Please *cancel my subscription* at the end of the term',
      'How do I *close my account*?',
      'I want to *cancel my account*',
      'Please *delete my account* and all data',
    ],
    botReply: 'I am sorry to hear that. Can I ask why you are leaving?',
    intents: [{ name: 'account.cancel', confidence: [0.6, 0.92] }],
  },
  {
    ruleId: 'legal',
    type: 'keyword',
    label: 'Legal and compliance',
    // Rare: a rule that keeps its place for the few conversations that need it.
    weight: () => 0.012,
    neededRate: 0.95,
    subjects: ['Data protection request', 'Legal question'],
    openers: ['I have a question about the data you hold on me', 'About your terms of service'],
    followUps: [
      'This is a *GDPR* request for all my data',
      'My *lawyer* will contact you about this',
      'What is your *data protection* officer address?',
    ],
    botReply: 'Let me find the right information for you.',
    intents: [{ name: 'privacy.data_request', confidence: [0.5, 0.9] }],
  },
  {
    ruleId: 'urgent',
    type: 'keyword',
    label: 'Urgent',
    // Switched off 60 days ago: it fired on calm customers.
    weight: (age) => (age >= 60 ? 0.09 : 0),
    neededRate: 0.3,
    subjects: ['Marked urgent by the customer', 'Urgent question'],
    openers: ['Quick question about the reports', 'Hi there, about my invoice address'],
    followUps: [
      'No rush really, but it is kind of *urgent*',
      'Please answer *asap*',
      'Is there an *outage* right now?',
    ],
    botReply: 'Thanks, let me look into that for you.',
    intents: [{ name: 'general.question', confidence: [0.6, 0.9] }],
  },
];
