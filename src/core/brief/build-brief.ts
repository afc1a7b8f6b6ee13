import type {
  ContextPackage,
  HandoffReading,
  PartialContextPackage,
  TranscriptLayout,
} from '../contract';
import type { Issue } from '../shared';
import { buildAsk } from './ask';
import { buildBotTried } from './bot-tried';
import { buildCounts } from './counts';
import { firingIndex } from './firing';
import { buildIdentity, buildPage } from './identity';
import { buildIntent, buildReason } from './reason';
import { GAP_CODES, type Brief, type BriefOptions, type GapCode } from './types';

function inOrder(found: readonly GapCode[]): GapCode[] {
  const set = new Set(found);
  return GAP_CODES.filter((code) => set.has(code));
}

/**
 * The 30-second brief of a handoff: a view model of codes, figures and shortened texts,
 * never words of its own. Pure, deterministic and total: any package, valid or partial,
 * gives a brief, and whatever it lacks is listed in `gaps`.
 */
export function buildBrief(
  pkg: ContextPackage | PartialContextPackage,
  options: BriefOptions = {},
): Brief {
  const firing = firingIndex(pkg);
  const { reason, gaps: reasonGaps } = buildReason(pkg.trigger, firing, options.ruleLabels);
  const { intent, gaps: intentGaps } = buildIntent(pkg.intent);
  const { identity, gaps: identityGaps } = buildIdentity(pkg.customer);
  const { page, gaps: pageGaps } = buildPage(pkg.page);
  const { ask, gaps: askGaps } = buildAsk(pkg, firing);
  const { botTried, botTriedMore } = buildBotTried(pkg, firing);
  const { counts, gaps: countGaps } = buildCounts(pkg);
  return {
    ...(reason === undefined ? {} : { reason }),
    ...(intent === undefined ? {} : { intent }),
    identity,
    ...(page === undefined ? {} : { page }),
    ask,
    botTried,
    botTriedMore,
    counts,
    gaps: inOrder([
      ...reasonGaps,
      ...intentGaps,
      ...identityGaps,
      ...pageGaps,
      ...askGaps,
      ...countGaps,
    ]),
  };
}

/** A reading of a ticket with its brief: what the sidebar renders, best source first. */
export type BriefReading =
  | { readonly kind: 'package'; readonly brief: Brief; readonly warnings: readonly Issue[] }
  | { readonly kind: 'recovered'; readonly brief: Brief; readonly layout: TranscriptLayout }
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
      };
    case 'recovered':
      return {
        kind: 'recovered',
        brief: buildBrief(reading.package, options),
        layout: reading.layout,
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
