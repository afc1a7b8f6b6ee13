import { tagsFor } from '../../core/routing';
import { DEMO_ACCOUNT } from '../demo-account';
import type { ZendeskTicket } from '../zendesk-records';
import { isoSeconds, transcriptComment } from './build-demo-package';
import { pickPerson } from './demo-people';
import { draftFallThrough, draftRuleHandoff, type DraftedHandoff } from './draft-conversation';
import { createPrng, type Prng } from './prng';
import {
  FALL_THROUGH_RULE,
  FALL_THROUGH_SCENARIOS,
  RETIRED_INTENT_SCENARIO,
} from './scenario-intents';
import { PHRASE_RULE_SCENARIOS } from './scenario-rules';

const DEMO_SEED = 20261120;
const DEFAULT_DEMO_TICKET_COUNT = 640;
const DEMO_SPAN_DAYS = 90;
const DAY_MS = 86_400_000;
// Sunday first, as getUTCDay counts: weekends are quiet.
const WEEKDAY_FACTOR = [0.45, 1.1, 1.15, 1.05, 1, 0.95, 0.55];

export interface DemoDataOptions {
  /** The demo's present: tickets are spread over the 90 days before it. */
  readonly now: Date;
  readonly seed?: number;
  readonly count?: number;
}

const RULE_SCENARIOS = [...PHRASE_RULE_SCENARIOS, RETIRED_INTENT_SCENARIO];

function dayWeight(nowMs: number, age: number): number {
  const weekday = new Date(nowMs - (age + 0.5) * DAY_MS).getUTCDay();
  const wave = 1 + 0.3 * Math.sin((2 * Math.PI * age) / 35);
  const growth = 1.15 - 0.3 * (age / (DEMO_SPAN_DAYS - 1));
  return (WEEKDAY_FACTOR[weekday] ?? 1) * wave * growth;
}

function draftHandoff(
  prng: Prng,
  age: number,
  moment: Parameters<typeof draftFallThrough>[2],
): DraftedHandoff {
  const choices = [...RULE_SCENARIOS.map((scenario) => ({ scenario })), { scenario: undefined }];
  const choice = prng.weighted(choices, ({ scenario }) =>
    scenario === undefined ? FALL_THROUGH_RULE.weight : scenario.weight(age),
  );
  if (choice.scenario !== undefined) return draftRuleHandoff(prng, choice.scenario, moment);
  const fallThrough = prng.weighted(FALL_THROUGH_SCENARIOS, (scenario) => scenario.weight(age));
  return draftFallThrough(prng, fallThrough, moment);
}

function statusFor(ageDays: number): ZendeskTicket['status'] {
  if (ageDays < 1) return 'new';
  if (ageDays < 4) return 'open';
  if (ageDays < 8) return 'pending';
  return ageDays < 30 ? 'solved' : 'closed';
}

/**
 * A deterministic set of handed-off tickets in Zendesk's REST shape: the same seed and `now`
 * give the same tickets. Volumes, verdict mixes and intents follow the scenario files: a
 * low-precision fallback where billing.invoice_copy keeps falling through, a rare legal rule,
 * "urgent" switched off 60 days ago, an intent rule removed 56 days ago, quiet weekends, and
 * about 60% of handoffs judged (fewer in the last week, which agents have not reached yet).
 */
export function generateDemoTickets(options: DemoDataOptions): ZendeskTicket[] {
  const nowMs = options.now.getTime();
  const prng = createPrng(options.seed ?? DEMO_SEED);
  const ages = Array.from({ length: DEMO_SPAN_DAYS }, (_, age) => age);
  const weights = ages.map((age) => dayWeight(nowMs, age));
  const drafted = Array.from({ length: options.count ?? DEFAULT_DEMO_TICKET_COUNT }, (_, n) => {
    const age = prng.weighted(ages, (day) => weights[day] ?? 0);
    const createdMs =
      Math.floor((nowMs - (age + 0.001 + prng.next() * 0.998) * DAY_MS) / 1000) * 1000;
    const person = pickPerson(prng);
    const moment = {
      conversationId: `c_demo_${n.toString(36)}`,
      handedOffAtMs: createdMs - 3000,
      person,
    };
    const handoff = draftHandoff(prng, age, moment);
    const ageDays = (nowMs - createdMs) / DAY_MS;
    const judged = prng.chance(ageDays < 7 ? 0.3 : 0.62);
    const verdict = judged
      ? prng.chance(handoff.neededRate)
        ? 'handoff_needed'
        : 'handoff_unneeded'
      : undefined;
    const updatedMs = Math.min(nowMs, createdMs + prng.int(20, 2880) * 60_000);
    return { createdMs, updatedMs, ageDays, person, handoff, verdict };
  });
  drafted.sort((a, b) => a.createdMs - b.createdMs);
  return drafted.map((entry, index) => {
    // The tags a bot sets beside the package, built by the same core.
    const tags = tagsFor(entry.handoff.package.trigger);
    if (entry.verdict !== undefined) tags.push(entry.verdict);
    return {
      id: 20001 + index,
      subject: entry.handoff.subject,
      description: transcriptComment(entry.handoff.package),
      status: statusFor(entry.ageDays),
      created_at: isoSeconds(entry.createdMs),
      updated_at: isoSeconds(entry.updatedMs),
      requester_id: entry.person.requesterId,
      tags,
      custom_fields: [
        { id: DEMO_ACCOUNT.contextFieldId, value: JSON.stringify(entry.handoff.package) },
      ],
    };
  });
}
