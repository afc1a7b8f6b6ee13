import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RuleSet } from '../../../../core/routing';
import {
  computeInsights,
  recommend,
  type InsightFigures,
  type Recommendation,
} from '../../../../core/insights';
import { useZendesk } from '../../../app/zendesk-context';
import { backgroundPacer } from '../background-pacer';
import { completeSnapshot, readWindows, type LoadContext } from './insights-loader';
import type { InsightsOptions } from './insights-options';
import { missingWindows, snapshotRecords, type InsightsSnapshot } from './insights-snapshot';
import { clearWindowCache, type WindowCacheScope } from './window-cache';

export type LoadKind = 'load' | 'refresh' | 'retry' | 'reread';

export interface LoadingState {
  readonly kind: LoadKind;
  readonly done: number;
  readonly total: number;
}

export interface InsightsView {
  readonly snapshot: InsightsSnapshot;
  readonly figures: InsightFigures;
  readonly recommendations: readonly Recommendation[];
}

export interface UseInsights {
  readonly view: InsightsView | undefined;
  readonly loading: LoadingState | undefined;
  /** A bug, not a Zendesk failure (those only leave windows unread). */
  readonly crash: unknown;
  /** Reads this week again, and any week not read yet or kept for over a day. */
  refresh(): void;
  /** Reads every week again, kept ones too. */
  rereadAll(): void;
  /** Reads only the weeks that could not be read. */
  retryMissing(): void;
}

type Work = (context: LoadContext) => Promise<InsightsSnapshot | undefined>;

/** This page's last snapshot per installation and field: a tab switch shows it at once. */
const held = new Map<string, InsightsSnapshot>();
const heldKey = (scope: WindowCacheScope) =>
  `${scope.installationId}:${scope.contextFieldId ?? ''}`;
const sameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

/**
 * Forgets what the tab has read (tests start from nothing; the app never needs to).
 * @internal Exported only for tests: tests start each case from an empty cache.
 */
export function clearInsightsCache(): void {
  held.clear();
  clearWindowCache();
}

/**
 * Insights for the current rules: the handoffs of the last 90 days read once (ended weeks kept
 * for a day), every figure computed from them in the app. One load runs at a time; starting
 * another, or leaving the tab, cancels the one running.
 */
export function useInsights(
  ruleSet: RuleSet,
  contextFieldId: number | undefined,
  options: InsightsOptions,
  pastLabels: Readonly<Record<string, string>>,
): UseInsights {
  const { client, metadata } = useZendesk();
  const scope = useMemo<WindowCacheScope>(
    () => ({ installationId: metadata.installationId, contextFieldId }),
    [metadata.installationId, contextFieldId],
  );
  const [snapshot, setSnapshot] = useState<InsightsSnapshot | undefined>(() => {
    const kept = held.get(heldKey(scope));
    return kept !== undefined && sameDay(new Date(kept.now), options.now()) ? kept : undefined;
  });
  const [loading, setLoading] = useState<LoadingState | undefined>(() =>
    snapshot === undefined ? { kind: 'load', done: 0, total: 0 } : undefined,
  );
  const [crash, setCrash] = useState<unknown>();
  const running = useRef<AbortController | undefined>(undefined);

  const launch = useCallback(
    (kind: LoadKind, work: Work) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const context: LoadContext = {
        client,
        scope,
        options,
        pacer: options.pacer ?? backgroundPacer(),
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setLoading({ kind, ...progress });
        },
      };
      work(context)
        .then((next) => {
          if (controller.signal.aborted || next === undefined) return;
          held.set(heldKey(scope), next);
          setSnapshot(next);
          setLoading(undefined);
        })
        .catch((reason: unknown) => {
          if (!controller.signal.aborted) setCrash(reason ?? new Error('Insights failed'));
        });
    },
    [client, scope, options],
  );

  const run = useCallback(
    (kind: LoadKind, work: Work) => {
      setLoading({ kind, done: 0, total: 0 });
      launch(kind, work);
    },
    [launch],
  );

  useEffect(() => {
    if (snapshot === undefined) launch('load', (context) => readWindows(context, options.now()));
    const current = running;
    return () => current.current?.abort();
    // Loads once per mount: a new rule set or field remounts this hook's component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const refresh = useCallback(
    () => run('refresh', (context) => readWindows(context, options.now())),
    [run, options],
  );
  const rereadAll = useCallback(
    () => run('reread', (context) => readWindows(context, options.now(), [], true)),
    [run, options],
  );
  const retryMissing = useCallback(() => {
    if (snapshot !== undefined) run('retry', (context) => completeSnapshot(context, snapshot));
  }, [run, snapshot]);

  const view = useMemo(() => {
    if (snapshot === undefined) return undefined;
    const input = {
      ruleSet,
      now: new Date(snapshot.now),
      records: snapshotRecords(snapshot),
      missing: missingWindows(snapshot),
      intentsRead: snapshot.intentsRead,
      pastLabels,
    };
    const figures = computeInsights(input);
    return { snapshot, figures, recommendations: recommend(figures, input) };
  }, [snapshot, ruleSet, pastLabels]);

  return { view, loading, crash, refresh, rereadAll, retryMissing };
}
