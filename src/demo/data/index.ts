export { generateDemoTickets, type DemoDataOptions } from './generate-demo-tickets';
export { DEMO_PAST_RULES } from './demo-past-rules';
export { type Prng } from './prng';
export { demoHistoryTickets } from './demo-account-tickets';
