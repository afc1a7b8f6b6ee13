import type {
  ContextPackage,
  HandoffReading,
  IntegrityNote,
  PartialContextPackage,
  TranscriptLayout,
} from '../contract/index.js';
import type { Issue } from '../shared/index.js';
import { buildAsk, planAsk, type AskPlan } from './ask.js';
import { buildBotTried, groupBotTries, type BotTryGroup } from './bot-tried.js';
import { buildCounts } from './counts.js';
import { firingIndex } from './firing.js';
import { buildHeadline, headlineTopic, type HeadlineSource } from './headline.js';
import { buildIdentity, buildPage } from './identity.js';
import { buildKnown, findKnownFacts, type FoundFact } from './known.js';
import { buildIntent, buildReason, triggerFromTags } from './reason.js';
import {
  GAP_CODES,
  type BotTriedOutcome,
  type Brief,
  type BriefCounts,
  type BriefOptions,
  type GapCode,
} from './types.js';
import { MINIMUM_LIMITS, shareWordBudget, type WordLimits } from './budget.js';

function inOrder(found: readonly GapCode[]): GapCode[] {
  const set = new Set(found);
  return GAP_CODES.filter((code) => set.has(code));
}

/** What the brief is made of, read from the transcript once: cutting texts is all that repeats. */
interface Sources {
  readonly pkg: PartialContextPackage;
  readonly options: BriefOptions;
  readonly firing: number | undefined;
  readonly ask: AskPlan;
  readonly botTries: {
    readonly shown: readonly BotTryGroup[];
    readonly more: number;
    readonly outcome: BotTriedOutcome;
  };
  readonly known: readonly FoundFact[];
  readonly headline: HeadlineSource;
  readonly counts: BriefCounts;
  readonly gaps: readonly GapCode[];
}

function cutBrief(sources: Sources, limits: WordLimits): Brief {
  const { pkg, options, firing } = sources;
  const { reason, gaps: reasonGaps } = buildReason(pkg.trigger, firing, options.ruleLabels, limits);
  const { intent, gaps: intentGaps } = buildIntent(pkg.intent, limits);
  const { identity, gaps: identityGaps } = buildIdentity(pkg.customer, options.requester, limits);
  const { page, gaps: pageGaps } = buildPage(pkg.page, limits);
  const { shown, more, outcome } = sources.botTries;
  return {
    headline: buildHeadline(pkg, sources.headline, shown.length + more, limits.headline),
    ...(reason === undefined ? {} : { reason }),
    ...(intent === undefined ? {} : { intent }),
    identity,
    ...(page === undefined ? {} : { page }),
    ask: buildAsk(pkg, sources.ask, limits),
    known: buildKnown(sources.known, limits),
    botTried: buildBotTried(shown, limits),
    botTriedMore: more,
    botTriedOutcome: outcome,
    counts: sources.counts,
    gaps: inOrder([...reasonGaps, ...intentGaps, ...identityGaps, ...pageGaps, ...sources.gaps]),
  };
}

/**
 * The 30-second brief of a handoff: a view model of codes, figures and shortened texts,
 * never words of its own. Pure, deterministic and total: any package, valid or partial,
 * gives a brief, and whatever it lacks is listed in `gaps`. Texts are cut twice: first to
 * their minimums, which shows what is there, then to the words shared out by budget.ts's rule.
 * Linear in the transcript; each cut reads only the words it keeps.
 */
export function buildBrief(
  pkg: ContextPackage | PartialContextPackage,
  options: BriefOptions = {},
): Brief {
  const firing = firingIndex(pkg);
  const names = [pkg.customer?.name, options.requester?.name].filter(
    (name): name is string => typeof name === 'string',
  );
  const escalationWords = pkg.trigger?.type === 'customer' ? pkg.trigger.matched : undefined;
  const { plan, gaps: askGaps } = planAsk(pkg, firing, {
    names,
    ...(escalationWords === undefined ? {} : { escalationWords }),
  });
  const { counts, gaps: countGaps } = buildCounts(pkg);
  const firstAsk = plan.parts[0]?.indices[0];
  const shownIdentity = [pkg.customer?.email, pkg.customer?.accountId, options.requester?.email];
  const sources: Sources = {
    pkg,
    options,
    firing,
    ask: plan,
    botTries: groupBotTries(pkg, firing),
    known: findKnownFacts(
      pkg,
      pkg.transcript.length,
      shownIdentity.filter((value): value is string => typeof value === 'string'),
    ),
    headline: headlineTopic(
      pkg,
      options,
      firstAsk === undefined ? undefined : pkg.transcript[firstAsk]?.text,
    ),
    counts,
    gaps: [...askGaps, ...countGaps],
  };
  return cutBrief(sources, shareWordBudget(cutBrief(sources, MINIMUM_LIMITS)));
}

/** A reading of a ticket with its brief: what the sidebar renders, best source first. */
export type BriefReading =
  | {
      readonly kind: 'package';
      readonly brief: Brief;
      readonly warnings: readonly Issue[];
      readonly integrity: readonly IntegrityNote[];
    }
  | {
      readonly kind: 'recovered';
      readonly brief: Brief;
      readonly layout: TranscriptLayout;
      readonly integrity: readonly IntegrityNote[];
    }
  | { readonly kind: 'malformed'; readonly brief: Brief; readonly issues: readonly Issue[] }
  | { readonly kind: 'none' };

/** A package that cannot say why the bot handed off, told it by the ticket's handoff tags. */
function withTagTrigger(pkg: PartialContextPackage, options: BriefOptions): PartialContextPackage {
  if (pkg.trigger !== undefined || options.tags === undefined) return pkg;
  const trigger = triggerFromTags(options.tags, options.ruleLabels);
  return trigger === undefined ? pkg : { ...pkg, trigger };
}

/** buildBrief over whatever readTicketHandoff() made of the ticket, keeping its issues. */
export function briefFromReading(
  reading: HandoffReading,
  options: BriefOptions = {},
): BriefReading {
  switch (reading.kind) {
    case 'package':
      return {
        kind: 'package',
        brief: buildBrief(reading.package, options),
        warnings: reading.warnings,
        integrity: reading.integrity,
      };
    case 'recovered':
      return {
        kind: 'recovered',
        brief: buildBrief(withTagTrigger(reading.package, options), options),
        layout: reading.layout,
        integrity: reading.integrity,
      };
    case 'malformed':
      return {
        kind: 'malformed',
        brief: buildBrief(withTagTrigger(reading.salvage, options), options),
        issues: reading.issues,
      };
    case 'none':
      return { kind: 'none' };
    default: {
      const unreachable: never = reading;
      throw new Error(`Unknown handoff reading ${JSON.stringify(unreachable)}`);
    }
  }
}
