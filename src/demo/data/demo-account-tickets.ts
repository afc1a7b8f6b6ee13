import type { TicketFile } from '../zendesk-records';
import { generateDemoTickets } from './generate-demo-tickets';

const DAY_MS = 86_400_000;

/**
 * The demo account's history behind Insights: the seeded set, anchored to the start of the
 * current UTC day so it stays the same all day and every window ("last 7 days") has data.
 * Shaped as ticket files with no comments; their transcripts live in the context field.
 */
export function demoHistoryTickets(now: Date): TicketFile[] {
  const today = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  return generateDemoTickets({ now: today }).map((ticket) => ({ ticket, comments: [], users: [] }));
}
