import type { PartialContextPackage } from '../contract/index.js';
import { isIsoDateTime } from '../shared/index.js';
import type { BriefCounts, GapCode } from './types.js';

/**
 * The conversation's size. Duration runs from the earliest to the latest message time, not
 * first to last in order, so an out-of-order transcript never gives a negative duration.
 */
export function buildCounts(pkg: PartialContextPackage): { counts: BriefCounts; gaps: GapCode[] } {
  let customerMessages = 0;
  let earliest = Infinity;
  let latest = -Infinity;
  let timed = 0;
  for (const message of pkg.transcript) {
    if (message.role === 'customer') customerMessages += 1;
    if (!isIsoDateTime(message.at)) continue;
    const time = Date.parse(message.at);
    earliest = Math.min(earliest, time);
    latest = Math.max(latest, time);
    timed += 1;
  }
  const dropped = pkg.truncated;
  const truncated = dropped !== undefined && Number.isInteger(dropped) && dropped > 0 ? dropped : 0;
  const gaps: GapCode[] = [];
  if (pkg.transcript.length > 0 && timed < 2) gaps.push('duration_unknown');
  if (truncated > 0) gaps.push('transcript_truncated');
  return {
    counts: {
      messages: pkg.transcript.length,
      customerMessages,
      ...(timed < 2 ? {} : { durationMs: latest - earliest }),
      truncated,
    },
    gaps,
  };
}
