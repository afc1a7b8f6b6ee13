/** The one account the local Zendesk host plays: its ids, names and field, shared by host and tests. */
export const DEMO_ACCOUNT = {
  subdomain: 'handoff-demo',
  contextFieldId: 900000000001,
  appId: 0,
  installationId: 1001,
  appGuid: 'handoff-brief-local-0001',
  admin: { id: 1, name: 'Sam Lee', email: 'sam.lee@handoff-demo.example', role: 'admin' },
  agent: { id: 2, name: 'Priya Natarajan', email: 'priya@handoff-demo.example', role: 'agent' },
} as const;

/** The name the demo account's admin gave its chatbot (the app's `bot_name` setting). */
export const DEMO_BOT_NAME = 'Ledgerline Bot';
