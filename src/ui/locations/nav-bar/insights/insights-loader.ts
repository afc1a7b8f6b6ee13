import { insightCalendar, recordWindows, type RecordWindow } from '../../../../core/insights';
import {
  loadHandoffs,
  type RequestPacer,
  type SearchClient,
  type WindowRead,
} from '../../../../zendesk/search';
import type { InsightsOptions } from './insights-options';
import { missingWindows, type InsightsSnapshot } from './insights-snapshot';
import { readCachedWindow, writeCachedWindow, type WindowCacheScope } from './window-cache';

export interface LoadProgress {
  readonly done: number;
  readonly total: number;
}

export interface LoadContext {
  readonly client: SearchClient;
  readonly scope: WindowCacheScope;
  readonly options: InsightsOptions;
  readonly pacer: RequestPacer;
  readonly signal: AbortSignal;
  readonly onProgress: (progress: LoadProgress) => void;
}

const sameWindow = (a: RecordWindow, b: RecordWindow) => a.start === b.start && a.end === b.end;

/**
 * Reads the windows of `now`'s calendar: `keep` (already read) stays as it is, ended weeks
 * read within the day come from the cache unless `fresh`, the rest from Zendesk. Resolves with
 * the new snapshot, or undefined when cancelled.
 */
export async function readWindows(
  context: LoadContext,
  now: Date,
  keep: readonly WindowRead[] = [],
  fresh = false,
): Promise<InsightsSnapshot | undefined> {
  const { today } = insightCalendar(now);
  const kept: WindowRead[] = [...keep];
  const toRead: RecordWindow[] = [];
  for (const window of recordWindows(now)) {
    if (kept.some((read) => sameWindow(read.window, window))) continue;
    const cached = fresh ? undefined : readCachedWindow(context.scope, window, now);
    if (cached !== undefined) kept.push(cached);
    else toRead.push(window);
  }
  const { retry, sleep, clock } = context.options;
  const outcome = await loadHandoffs(context.client, {
    windows: toRead,
    today,
    pacer: context.pacer,
    signal: context.signal,
    ...(context.scope.contextFieldId === undefined
      ? {}
      : { contextFieldId: context.scope.contextFieldId }),
    ...(retry === undefined ? {} : { retry }),
    ...(sleep === undefined ? {} : { sleep }),
    ...(clock === undefined ? {} : { clock }),
    onProgress: context.onProgress,
  });
  if (outcome.cancelled) return undefined;
  for (const read of outcome.read) writeCachedWindow(context.scope, read, today);
  return {
    now: now.toISOString(),
    windows: [...kept, ...outcome.read],
    failures: outcome.failed,
    intentsRead: context.scope.contextFieldId !== undefined,
    requests: outcome.requests,
  };
}

/** Reads only what `snapshot` lacks, for the same calendar. */
export function completeSnapshot(
  context: LoadContext,
  snapshot: InsightsSnapshot,
): Promise<InsightsSnapshot | undefined> {
  const missing = missingWindows(snapshot);
  const keep = snapshot.windows.filter(
    (read) => !missing.some((w) => w.start <= read.window.end && w.end >= read.window.start),
  );
  return readWindows(context, new Date(snapshot.now), keep);
}
