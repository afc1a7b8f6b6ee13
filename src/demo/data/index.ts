export {
  DEFAULT_DEMO_TICKET_COUNT,
  DEMO_SEED,
  DEMO_SPAN_DAYS,
  generateDemoTickets,
  type DemoDataOptions,
} from './generate-demo-tickets';
export { DEMO_PAST_RULES } from './demo-past-rules';
export { createPrng, type Prng } from './prng';
export { demoHistoryTickets } from './demo-account-tickets';
