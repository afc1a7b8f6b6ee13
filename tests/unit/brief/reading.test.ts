import { describe, expect, it } from 'vitest';
import { briefFromReading } from '../../../src/core/brief';
import { readTicketHandoff, type HandoffReading } from '../../../src/core/contract';
import { validPackage } from '../../support/packages';

const ticket = {
  createdAt: '2026-11-20T10:35:00Z',
  requester: { name: 'Ana Ruiz', email: 'ana@example.com' },
};
const chat = [
  'Chat started: 2026-11-20 10:30 AM UTC',
  '(10:30:02 AM) Ana Ruiz: I was charged twice',
  '(10:30:06 AM) Answer Bot: Is it invoice INV-2231?',
  '(10:31:10 AM) Ana Ruiz: yes, I want a refund',
].join('\n');

describe('briefFromReading', () => {
  it('briefs a valid package and keeps its warnings', () => {
    const reading = readTicketHandoff({
      ...ticket,
      contextField: JSON.stringify({ ...validPackage, truncated: 4 }),
    });
    const result = briefFromReading(reading);
    expect(result.kind).toBe('package');
    if (result.kind !== 'package') return;
    expect(result.warnings.map((w) => w.code)).toEqual(['messages_truncated']);
    expect(result.brief.counts.truncated).toBe(4);
  });

  it('briefs a recovered plain transcript and names what it lacks', () => {
    const result = briefFromReading(
      readTicketHandoff({ ...ticket, firstComment: { text: chat } }),
      {
        requester: ticket.requester,
      },
    );
    expect(result.kind).toBe('recovered');
    if (result.kind !== 'recovered') return;
    const { brief } = result;
    expect(result.layout).toBe('zendesk_chat');
    expect(brief.gaps).toEqual(['no_trigger', 'no_intent', 'identity_unknown', 'no_page']);
    expect(brief.identity.name?.text).toBe('Ana Ruiz');
    expect(brief.identity.fromRequester).toEqual(['name', 'email']);
    // "I was charged twice" is short: it reads on into the next thing the customer said.
    expect(brief.ask.map((item) => [item.indices, item.text.text, item.why])).toEqual([
      [[0, 2], 'I was charged twice · yes, I want a refund', ['first', 'latest']],
    ]);
    expect(brief.botTried.map((tried) => tried.text.text)).toEqual(['Is it invoice INV-2231?']);
    expect(brief.counts).toMatchObject({ messages: 3, customerMessages: 2, durationMs: 68_000 });
  });

  it('briefs what a malformed package still says, with its issues', () => {
    const broken = { ...validPackage, conversationId: 42, trigger: { type: 'keyword' }, page: 'x' };
    const reading = readTicketHandoff({ ...ticket, contextField: JSON.stringify(broken) });
    const result = briefFromReading(reading);
    expect(result.kind).toBe('malformed');
    if (result.kind !== 'malformed') return;
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.brief.gaps).toEqual(['no_trigger', 'no_page']);
    expect(result.brief.intent?.name.text).toBe('billing.refund');
    expect(result.brief.ask.map((item) => item.indices)).toEqual([[0, 2]]);
  });

  it("briefs a salvage that is only the ticket's first comment", () => {
    const reading = readTicketHandoff({
      ...ticket,
      contextField: '{ not json',
      firstComment: { text: 'Please call me back about my refund' },
    });
    const result = briefFromReading(reading, { requester: ticket.requester });
    if (result.kind !== 'malformed') throw new Error(`expected malformed, got ${result.kind}`);
    expect(result.brief.ask.map((item) => item.text.text)).toEqual([
      'Please call me back about my refund',
    ]);
    expect(result.brief.identity.email?.text).toBe('ana@example.com');
    expect(result.brief.identity.fromRequester).toEqual(['name', 'email']);
    expect(result.brief.gaps).toContain('duration_unknown');
  });

  it('has no brief when the ticket holds nothing to go on', () => {
    const reading: HandoffReading = readTicketHandoff({ ...ticket });
    expect(briefFromReading(reading)).toEqual({ kind: 'none' });
  });

  it('tells why the bot handed off from the ticket’s tags when the package cannot', () => {
    const tags = ['handoff', 'handoff_rule_no_answer', 'handoff_type_confidence'];
    const ruleLabels = { 'no-answer': 'Bot had no good answer' };
    const recovered = briefFromReading(
      readTicketHandoff({ ...ticket, firstComment: { text: chat } }),
      { tags, ruleLabels },
    );
    const broken = JSON.stringify({ ...validPackage, trigger: 'x' });
    const malformed = briefFromReading(readTicketHandoff({ ...ticket, contextField: broken }), {
      tags,
      ruleLabels,
    });
    for (const result of [recovered, malformed]) {
      if (result.kind === 'none') throw new Error('no brief');
      expect(result.brief.reason).toMatchObject({
        ruleId: { text: 'no-answer' },
        type: 'confidence',
        label: { text: 'Bot had no good answer' },
      });
      expect(result.brief.gaps).not.toContain('no_trigger');
    }
  });

  it('leaves the reason out when the tags do not name both the rule and its type', () => {
    const result = briefFromReading(
      readTicketHandoff({ ...ticket, firstComment: { text: chat } }),
      { tags: ['handoff', 'handoff_rule_refund'] },
    );
    expect(result.kind === 'recovered' && result.brief.reason).toBe(undefined);
  });
});
