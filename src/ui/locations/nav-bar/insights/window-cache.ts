import type { HandoffRecord, RecordWindow, UtcDay } from '../../../../core/insights';
import type { WindowRead } from '../../../../zendesk/search';

const PREFIX = 'handoff-brief:insights-window:v2:';
/** An ended week is read again after a day, so verdicts given since are counted by then. */
const WINDOW_TTL_MS = 86_400_000;
/** A week counts as ended two days after its Sunday, whatever the account's time zone. */
const ENDED_AFTER_DAYS = 2;

export interface WindowCacheScope {
  readonly installationId: number;
  /** Records carry this field's values; another field needs another read. */
  readonly contextFieldId: number | undefined;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** This page's copy, for a frame whose storage the browser blocks or partitions away. */
const memory = new Map<string, string>();
const memoryStore: KeyValueStore = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
  key: (index) => [...memory.keys()][index] ?? null,
  get length() {
    return memory.size;
  },
};

function stores(): KeyValueStore[] {
  try {
    return [memoryStore, window.localStorage];
  } catch {
    // Blocked for third-party frames in some browsers: the page's own copy still serves.
    return [memoryStore];
  }
}

const keyOf = (scope: WindowCacheScope, window: RecordWindow) =>
  `${PREFIX}${scope.installationId}:${scope.contextFieldId ?? 'none'}:${window.start}:${window.end}`;

function isRecord(value: unknown): value is HandoffRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { id, createdAt, tags } = value as Record<string, unknown>;
  return (
    typeof id === 'number' &&
    typeof createdAt === 'string' &&
    Array.isArray(tags) &&
    tags.every((tag) => typeof tag === 'string')
  );
}

export function isEnded(window: RecordWindow, today: UtcDay): boolean {
  const endedBy = new Date(Date.parse(`${window.end}T00:00:00Z`) + ENDED_AFTER_DAYS * 86_400_000);
  return endedBy.toISOString().slice(0, 10) <= today;
}

/** A week read within the last day, if it has ended and this browser kept it. */
export function readCachedWindow(
  scope: WindowCacheScope,
  window: RecordWindow,
  now: Date,
): WindowRead | undefined {
  try {
    const key = keyOf(scope, window);
    const raw = stores()
      .map((s) => s.getItem(key))
      .find((found) => found !== null);
    if (raw === null || raw === undefined) return undefined;
    const value = JSON.parse(raw) as { readAt?: unknown; records?: unknown };
    const readAt = typeof value.readAt === 'string' ? Date.parse(value.readAt) : NaN;
    if (!(now.getTime() - readAt < WINDOW_TTL_MS) || !Array.isArray(value.records))
      return undefined;
    if (!value.records.every(isRecord)) return undefined;
    return { window, records: value.records, readAt: new Date(readAt).toISOString() };
  } catch {
    return undefined;
  }
}

/** Keeps an ended week; the open one changes by the minute and is always read. */
export function writeCachedWindow(scope: WindowCacheScope, read: WindowRead, today: UtcDay): void {
  if (!isEnded(read.window, today)) return;
  const text = JSON.stringify({ readAt: read.readAt, records: read.records });
  for (const s of stores()) {
    try {
      s.setItem(keyOf(scope, read.window), text);
    } catch {
      // A full store costs only the requests to read the week again.
    }
  }
}

/** Forgets every kept week (tests start from nothing; "Read again" ignores them). */
export function clearWindowCache(): void {
  for (const s of stores()) {
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i));
    for (const key of keys) if (key?.startsWith(PREFIX) === true) s.removeItem(key);
  }
}
