import { describe, expect, it } from 'vitest';
import {
  parseContextPackage,
  recoverTranscript,
  type ContextPackage,
} from '../../../src/core/contract';
import { evaluate, ruleTag } from '../../../src/core/routing';
import { DEMO_PAST_RULES, generateDemoTickets } from '../../../src/demo/data';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import type { ZendeskTicket } from '../../../src/demo/zendesk-records';

const NOW = new Date('2026-11-26T15:00:00Z');
const DAY = 86_400_000;
const TICKETS = generateDemoTickets({ now: NOW });

const parsedPackages = new Map<number, ContextPackage>();

function packageOf(ticket: ZendeskTicket): ContextPackage {
  const cached = parsedPackages.get(ticket.id);
  if (cached !== undefined) return cached;
  const field = ticket.custom_fields.find((f) => f.id === DEMO_ACCOUNT.contextFieldId);
  const parsed = parseContextPackage(field?.value);
  if (!parsed.ok) throw new Error(`ticket ${ticket.id}: ${JSON.stringify(parsed.issues)}`);
  parsedPackages.set(ticket.id, parsed.value);
  return parsed.value;
}

const ageDays = (ticket: ZendeskTicket) => (NOW.getTime() - Date.parse(ticket.created_at)) / DAY;
const byRule = (ruleId: string) => TICKETS.filter((t) => packageOf(t).trigger.ruleId === ruleId);
const judged = (list: readonly ZendeskTicket[]) =>
  list.filter((t) => t.tags.includes('handoff_needed') || t.tags.includes('handoff_unneeded'));
const precision = (list: readonly ZendeskTicket[]) =>
  list.filter((t) => t.tags.includes('handoff_needed')).length / judged(list).length;

describe('generateDemoTickets', () => {
  it('gives the same tickets for the same seed and now', () => {
    expect(generateDemoTickets({ now: NOW })).toEqual(TICKETS);
  });

  it('gives other tickets for another seed', () => {
    const other = generateDemoTickets({ now: NOW, seed: 7 });
    expect(other.map((t) => t.created_at)).not.toEqual(TICKETS.map((t) => t.created_at));
  });

  it('gives at least 500 tickets, numbered in creation order', () => {
    expect(TICKETS.length).toBeGreaterThanOrEqual(500);
    TICKETS.forEach((t, i) => {
      expect(t.id).toBe(20001 + i);
      if (i > 0) expect(t.created_at >= (TICKETS[i - 1]?.created_at ?? '')).toBe(true);
    });
  });

  it('spreads them over the 90 days before now, every one of the twelve weeks busy', () => {
    expect(TICKETS.every((t) => ageDays(t) > 0 && ageDays(t) < 90)).toBe(true);
    const weeks = Array.from({ length: 12 }, (_, w) =>
      TICKETS.filter((t) => Math.floor(ageDays(t) / 7) === w),
    );
    expect(weeks.every((week) => week.length >= 20)).toBe(true);
  });

  it('makes weekends quieter than weekdays', () => {
    const weekend = TICKETS.filter((t) => [0, 6].includes(new Date(t.created_at).getUTCDay()));
    expect(weekend.length / 2).toBeLessThan((TICKETS.length - weekend.length) / 5);
  });

  it('stores a package that parses, and tags that agree with it', () => {
    const disagreeing = TICKETS.filter((ticket) => {
      const { trigger } = packageOf(ticket);
      const expected = ['handoff', ruleTag(trigger.ruleId), `handoff_type_${trigger.type}`];
      return ticket.tags.slice(0, 3).join() !== expected.join() || ticket.tags.length > 4;
    });
    expect(disagreeing).toEqual([]);
  });

  it('writes transcripts on which the routing core of the time fires the same rule', () => {
    const misfired = TICKETS.flatMap((ticket) => {
      const pkg = packageOf(ticket);
      const decision = evaluate(DEMO_PAST_RULES, {
        messages: pkg.transcript,
        ...(pkg.intent?.confidence === undefined
          ? {}
          : { intent: { name: pkg.intent.name, confidence: pkg.intent.confidence } }),
        ...(pkg.trigger.confidence === undefined
          ? {}
          : { answerConfidence: pkg.trigger.confidence }),
      });
      return decision.fired?.ruleId === pkg.trigger.ruleId ? [] : [[ticket.id, decision.fired]];
    });
    expect(misfired).toEqual([]);
  });

  it('writes a first comment the app can recover a transcript from', () => {
    const recovered = recoverTranscript(TICKETS[0]?.description ?? '', {});
    expect(recovered?.layout).toBe('bracketed');
    expect(recovered?.messages).toHaveLength(3);
  });

  it('has about 60% of handoffs judged, fewer in the last week', () => {
    expect(judged(TICKETS).length / TICKETS.length).toBeGreaterThan(0.5);
    expect(judged(TICKETS).length / TICKETS.length).toBeLessThan(0.7);
    const lastWeek = TICKETS.filter((t) => ageDays(t) < 7);
    expect(judged(lastWeek).length / lastWeek.length).toBeLessThan(0.5);
  });

  it('tells the stories Insights should find', () => {
    expect(precision(byRule('no-answer'))).toBeLessThan(0.5);
    expect(precision(byRule('human'))).toBeGreaterThan(0.75);
    expect(byRule('legal').length).toBeGreaterThan(0);
    expect(byRule('legal').length / TICKETS.length).toBeLessThan(0.02);
    expect(byRule('urgent').every((t) => ageDays(t) >= 60)).toBe(true);
    expect(byRule('access').every((t) => ageDays(t) >= 56)).toBe(true);
    const intents = new Map<string, number>();
    for (const t of byRule('no-answer')) {
      const name = packageOf(t).intent?.name ?? '(none)';
      intents.set(name, (intents.get(name) ?? 0) + 1);
    }
    const [top] = [...intents.entries()].sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe('billing.invoice_copy');
  });
});
