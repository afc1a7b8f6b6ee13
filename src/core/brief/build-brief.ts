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
import { buildIdentity, buildPage } from './identity.js';
import { buildIntent, buildReason } from './reason.js';
import {
  GAP_CODES,
  type Brief,
  type BriefCounts,
  type BriefOptions,
  type GapCode,
} from './types.js';
import { MINIMUM_LIMITS, shareWordBudget, type WordLimits } from './word-limits.js';

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
  readonly botTries: { readonly shown: readonly BotTryGroup[]; readonly more: number };
  readonly counts: BriefCounts;
  readonly gaps: readonly GapCode[];
}

function cutBrief(sources: Sources, limits: WordLimits): Brief {
  const { pkg, options, firing } = sources;
  const { reason, gaps: reasonGaps } = buildReason(pkg.trigger, firing, options.ruleLabels, limits);
  const { intent, gaps: intentGaps } = buildIntent(pkg.intent, limits);
  const { identity, gaps: identityGaps } = buildIdentity(pkg.customer, options.requester, limits);
  const { page, gaps: pageGaps } = buildPage(pkg.page, limits);
  return {
    ...(reason === undefined ? {} : { reason }),
    ...(intent === undefined ? {} : { intent }),
    identity,
    ...(page === undefined ? {} : { page }),
    ask: buildAsk(pkg, sources.ask, limits),
    botTried: buildBotTried(sources.botTries.shown, limits),
    botTriedMore: sources.botTries.more,
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
  const { plan, gaps: askGaps } = planAsk(pkg, firing);
  const { counts, gaps: countGaps } = buildCounts(pkg);
  const sources: Sources = {
    pkg,
    options,
    firing,
    ask: plan,
    botTries: groupBotTries(pkg, firing),
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
        brief: buildBrief(reading.package, options),
        layout: reading.layout,
        integrity: reading.integrity,
      };
    case 'malformed':
      return {
        kind: 'malformed',
        brief: buildBrief(reading.salvage, options),
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
