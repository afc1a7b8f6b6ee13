import {
  addDays,
  recordWindows,
  type HandoffRecord,
  type RecordWindow,
} from '../../../../core/insights';
import type { WindowFailure, WindowRead } from '../../../../zendesk/search';

/**
 * What Insights has read, before any arithmetic: the handoffs of each window read, when it was
 * read, and why the others were not. Figures are computed from it against the current rules.
 */
export interface InsightsSnapshot {
  /** The moment the figures are counted up to (ISO); a retry completes the same calendar. */
  readonly now: string;
  readonly windows: readonly WindowRead[];
  readonly failures: readonly WindowFailure[];
  /** False when the context field is unknown, so no package could be read. */
  readonly intentsRead: boolean;
  /** Requests the last load made. */
  readonly requests: number;
}

const daysOf = (window: RecordWindow): string[] => {
  const days: string[] = [];
  for (let day = window.start; day <= window.end; day = addDays(day, 1)) days.push(day);
  return days;
};

/** The snapshot's calendar windows that some day of has not been read. */
export function missingWindows(snapshot: InsightsSnapshot): RecordWindow[] {
  const read = new Set(snapshot.windows.flatMap((w) => daysOf(w.window)));
  return recordWindows(new Date(snapshot.now)).filter((w) => daysOf(w).some((d) => !read.has(d)));
}

export function snapshotRecords(snapshot: InsightsSnapshot): HandoffRecord[] {
  const byId = new Map<number, HandoffRecord>();
  for (const window of snapshot.windows)
    for (const record of window.records) byId.set(record.id, record);
  return [...byId.values()];
}

/** The oldest and newest times a window of the snapshot was read: how fresh the figures are. */
export function readSpan(
  snapshot: InsightsSnapshot,
): { oldest: string; newest: string } | undefined {
  const times = snapshot.windows.map((w) => w.readAt).sort();
  const oldest = times[0];
  const newest = times.at(-1);
  return oldest === undefined || newest === undefined ? undefined : { oldest, newest };
}
