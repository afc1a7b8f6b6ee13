import type { FallThroughScenario, RuleScenario } from './scenario-types';

/**
 * The intent rule the team removed 56 days ago, kept so the demo shows handoffs by rules no
 * longer in the set and an intent share in the type split.
 */
export const RETIRED_INTENT_SCENARIO: RuleScenario = {
  ruleId: 'access',
  type: 'intent',
  label: 'Account access',
  weight: (age) => (age >= 56 ? 0.08 : 0),
  neededRate: 0.82,
  subjects: ['Locked out of the account', 'Two-factor code not arriving'],
  openers: ['I cannot log in, it says my account is locked', 'My two-factor code never arrives'],
  followUps: ['I tried three times already', 'I need to get in today for a report'],
  botReply: 'I can help you get back into your account.',
  intents: [
    { name: 'account.locked', confidence: [0.65, 0.95] },
    { name: 'account.2fa', confidence: [0.62, 0.9] },
  ],
};

/** What reaches humans through the confidence fallback ("Bot had no good answer", below 0.6). */
export const FALL_THROUGH_SCENARIOS: readonly FallThroughScenario[] = [
  {
    intent: 'billing.invoice_copy',
    // Growing: the help centre has no article on invoice copies.
    weight: (age) => 0.26 + 0.14 * (1 - age / 90),
    neededRate: 0.22,
    subjects: ['Invoice copy', 'Need a copy of my invoice', 'Invoice PDF'],
    openers: [
      'Where can I download a copy of my invoice from March?',
      'I need the invoice PDF for last month',
      'Our accountant needs copies of all invoices this year',
    ],
    rephrasings: ['I mean the invoice document itself', 'Just the PDF of the invoice please'],
  },
  {
    intent: 'account.password_reset',
    weight: () => 0.17,
    neededRate: 0.3,
    subjects: ['Password reset', 'Cannot reset password'],
    openers: ['The password reset email never arrives', 'How do I change my password?'],
    rephrasings: ['I checked the spam folder too', 'The link says it expired'],
  },
  {
    intent: 'shipping.track_order',
    weight: () => 0.15,
    neededRate: 0.35,
    subjects: ['Where is my order?', 'Tracking number'],
    openers: ['Where is my order from last week?', 'The tracking page shows nothing'],
    rephrasings: ['The order number is in my email', 'It was supposed to arrive Friday'],
  },
  {
    intent: 'product.feature_question',
    weight: () => 0.12,
    neededRate: 0.62,
    subjects: ['Feature question', 'Can the app do this?'],
    openers: ['Can I schedule reports to go out every Monday?', 'Is there a dark mode?'],
    rephrasings: ['For the whole team, not only me', 'On the mobile app'],
  },
  {
    intent: 'billing.plan_change',
    weight: () => 0.1,
    neededRate: 0.55,
    subjects: ['Plan change', 'Upgrade question'],
    openers: ['How much is it to move to the yearly plan?', 'Can we add five more seats?'],
    rephrasings: ['We are on the monthly plan now', 'Starting next month'],
  },
  {
    weight: () => 0.08,
    neededRate: 0.5,
    subjects: ['Question from chat', 'Chat conversation'],
    openers: ['hello??', 'The thing on the second screen does not do the thing'],
    rephrasings: ['never mind, it is complicated', 'the other one'],
  },
];

export const FALL_THROUGH_RULE = {
  ruleId: 'no-answer',
  label: 'Bot had no good answer',
  threshold: 0.6,
  weight: 0.36,
} as const;
