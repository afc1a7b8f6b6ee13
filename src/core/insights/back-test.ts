import type { PartialContextPackage } from '../contract/index.js';
import { evaluate, ruleTag, type Conversation, type RuleSet } from '../routing/index.js';
import { isUnitInterval } from '../shared/index.js';

/** A handed-off ticket as the back-test sees it: what fired then, and the conversation to replay. */
export interface BackTestTicket {
  readonly id: number;
  readonly subject?: string;
  /** The rule that fired at handoff, from the package's trigger or else the ticket's rule tag. */
  readonly firedThen?: { readonly ruleId: string; readonly label?: string };
  /** Absent when the ticket holds nothing to replay. */
  readonly conversation?: Conversation;
}

/**
 * The conversation a bot saw, rebuilt from its package. The widget's "talk to a human" button
 * left a `customer` trigger with no matched words; the bot's own doubt is only known when the
 * confidence rule fired.
 */
export function conversationFromPackage(pkg: PartialContextPackage): Conversation {
  const trigger = pkg.trigger;
  const intent = pkg.intent;
  const humanRequested =
    trigger?.type === 'customer' && (trigger.matched === undefined || trigger.matched === '');
  return {
    messages: pkg.transcript.map((message) => ({
      role: message.role,
      text: message.text,
      ...(message.at === undefined ? {} : { at: message.at }),
    })),
    ...(intent !== undefined && isUnitInterval(intent.confidence)
      ? { intent: { name: intent.name, confidence: intent.confidence } }
      : {}),
    ...(trigger?.type === 'confidence' && isUnitInterval(trigger.confidence)
      ? { answerConfidence: trigger.confidence }
      : {}),
    ...(humanRequested ? { humanRequested } : {}),
  };
}

export interface BackTestRow {
  /** The rule's tag value keys the row, so `no-answer` then and `no_answer` now are one rule. */
  readonly key: string;
  readonly ruleId: string;
  readonly label: string;
  readonly inDraft: boolean;
  readonly then: number;
  readonly now: number;
}

export interface ChangedTicket {
  readonly id: number;
  readonly subject?: string;
  readonly then: string;
  /** Undefined when the draft would not hand the conversation off at all. */
  readonly now?: string;
}

export interface BackTestReport {
  readonly rows: readonly BackTestRow[];
  /** Replayed tickets the draft would not hand off. */
  readonly noHandoffNow: number;
  readonly replayed: number;
  /** Tickets with nothing to replay (no readable package or transcript). */
  readonly skipped: number;
  readonly changed: readonly ChangedTicket[];
}

/** Replays each ticket's conversation through the draft and counts, per rule, then versus now. */
export function tallyBackTest(
  ruleSet: RuleSet,
  tickets: readonly BackTestTicket[],
): BackTestReport {
  const rows = new Map<string, BackTestRow>();
  for (const rule of ruleSet.rules) {
    const key = ruleTag(rule.id);
    rows.set(key, { key, ruleId: rule.id, label: rule.label, inDraft: true, then: 0, now: 0 });
  }
  const bump = (ruleId: string, label: string | undefined, field: 'then' | 'now') => {
    const key = ruleTag(ruleId);
    const row = rows.get(key) ?? {
      key,
      ruleId,
      label: label ?? ruleId,
      inDraft: false,
      then: 0,
      now: 0,
    };
    rows.set(key, { ...row, [field]: row[field] + 1 });
  };
  const changed: ChangedTicket[] = [];
  let skipped = 0;
  let noHandoffNow = 0;
  for (const ticket of tickets) {
    if (ticket.conversation === undefined) {
      skipped += 1;
      continue;
    }
    const then = ticket.firedThen;
    if (then !== undefined) bump(then.ruleId, then.label, 'then');
    const decision = evaluate(ruleSet, ticket.conversation);
    if (decision.handoff) bump(decision.fired.ruleId, decision.fired.label, 'now');
    else noHandoffNow += 1;
    const now = decision.fired?.ruleId;
    // Without a known "then" there is no outcome to compare against.
    const moved =
      then !== undefined && (now === undefined || ruleTag(then.ruleId) !== ruleTag(now));
    if (moved) {
      changed.push({
        id: ticket.id,
        ...(ticket.subject === undefined ? {} : { subject: ticket.subject }),
        then: then.ruleId,
        ...(now === undefined ? {} : { now }),
      });
    }
  }
  return {
    rows: [...rows.values()],
    noHandoffNow,
    replayed: tickets.length - skipped,
    skipped,
    changed,
  };
}
