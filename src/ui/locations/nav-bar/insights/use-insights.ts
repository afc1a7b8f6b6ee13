import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RuleSet } from '../../../../core/routing';
import {
  computeInsights,
  recommend,
  type InsightFigures,
  type Recommendation,
} from '../../../../core/stats';
import { useZendesk } from '../../../app/zendesk-context';
import { insightsCacheKey, readCachedInsights, writeCachedInsights } from './insights-cache';
import { completeSnapshot, loadSnapshot, type LoadContext } from './insights-loader';
import type { InsightsOptions } from './insights-options';
import type { InsightsSnapshot } from './insights-snapshot';

export const LOAD_KINDS = ['load', 'refresh', 'retry', 'trend'] as const;
export type LoadKind = (typeof LOAD_KINDS)[number];

export interface LoadingState {
  readonly kind: LoadKind;
  readonly done: number;
  readonly total: number;
  /** For `trend`: the rule whose series is being counted. */
  readonly ruleId?: string;
}

export interface InsightsView {
  readonly snapshot: InsightsSnapshot;
  readonly figures: InsightFigures;
  readonly recommendations: readonly Recommendation[];
}

export interface UseInsights {
  readonly view: InsightsView | undefined;
  readonly loading: LoadingState | undefined;
  /** A bug, not a Zendesk failure (those only make figures partial). */
  readonly crash: unknown;
  refresh(): void;
  retryMissing(): void;
  loadTrend(ruleId: string): void;
}

type Work = (context: LoadContext) => Promise<InsightsSnapshot | undefined>;

/**
 * Insights for one rule set: from the session's cache when it has them, else counted now. One
 * load runs at a time; starting another (or leaving the tab) cancels the one running.
 */
export function useInsights(
  ruleSet: RuleSet,
  contextFieldId: number | undefined,
  options: InsightsOptions,
): UseInsights {
  const { client, metadata } = useZendesk();
  const key = insightsCacheKey(metadata.installationId, ruleSet);
  const [snapshot, setSnapshot] = useState(() => readCachedInsights(key));
  const [loading, setLoading] = useState<LoadingState | undefined>(() =>
    snapshot === undefined ? { kind: 'load', done: 0, total: 0 } : undefined,
  );
  const [crash, setCrash] = useState<unknown>();
  const running = useRef<AbortController | undefined>(undefined);

  /** Starts `work`, cancelling any other; reports only through callbacks, never synchronously. */
  const launch = useCallback(
    (kind: LoadKind, work: Work, ruleId?: string) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const extra = ruleId === undefined ? {} : { ruleId };
      const onProgress = (progress: { done: number; total: number }) => {
        if (!controller.signal.aborted) setLoading({ kind, ...progress, ...extra });
      };
      work({ client, ruleSet, contextFieldId, options, signal: controller.signal, onProgress })
        .then((next) => {
          if (controller.signal.aborted || next === undefined) return;
          writeCachedInsights(key, next);
          setSnapshot(next);
          setLoading(undefined);
        })
        .catch((reason: unknown) => {
          if (!controller.signal.aborted) setCrash(reason ?? new Error('Insights failed'));
        });
    },
    [client, ruleSet, contextFieldId, options, key],
  );

  const run = useCallback(
    (kind: LoadKind, work: Work, ruleId?: string) => {
      setLoading({ kind, done: 0, total: 0, ...(ruleId === undefined ? {} : { ruleId }) });
      launch(kind, work, ruleId);
    },
    [launch],
  );

  // The parent keys this hook's component by the cache key, so a new rule set mounts afresh.
  useEffect(() => {
    if (readCachedInsights(key) === undefined)
      launch('load', (context) => loadSnapshot(context, options.now(), []));
    const current = running;
    return () => current.current?.abort();
  }, [key, launch, options]);

  const refresh = useCallback(() => {
    const trend = snapshot?.trendRuleIds ?? [];
    run('refresh', (context) => loadSnapshot(context, options.now(), trend));
  }, [run, options, snapshot]);

  const retryMissing = useCallback(() => {
    if (snapshot === undefined) return;
    run('retry', (context) => completeSnapshot(context, snapshot, snapshot.trendRuleIds));
  }, [run, snapshot]);

  const loadTrend = useCallback(
    (ruleId: string) => {
      if (snapshot === undefined || snapshot.trendRuleIds.includes(ruleId)) return;
      const trend = [...snapshot.trendRuleIds, ruleId];
      run('trend', (context) => completeSnapshot(context, snapshot, trend), ruleId);
    },
    [run, snapshot],
  );

  const view = useMemo(() => {
    if (snapshot === undefined) return undefined;
    const figures = computeInsights(ruleSet, snapshot.counts, new Date(snapshot.now), {
      trendRuleIds: snapshot.trendRuleIds,
    });
    const intents = snapshot.intentsRead ? snapshot.intents : undefined;
    return { snapshot, figures, recommendations: recommend(figures, ruleSet, intents) };
  }, [snapshot, ruleSet]);

  return { view, loading, crash, refresh, retryMissing, loadTrend };
}
