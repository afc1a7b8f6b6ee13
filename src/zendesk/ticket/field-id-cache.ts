/** Where a resolved context field id is kept, so later tickets skip the lookup. */
export interface FieldIdCache {
  read(installationId: number): number | undefined;
  write(installationId: number, fieldId: number): void;
  forget(installationId: number): void;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const keyFor = (installationId: number) => `handoff-brief:context-field-id:${installationId}`;

function defaultStore(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked for third-party frames; the app then looks the field up each time.
    return undefined;
  }
}

/** localStorage, keyed by installation; any storage failure only costs a lookup. */
export function localFieldIdCache(store: KeyValueStore | undefined = defaultStore()): FieldIdCache {
  const attempt = <T>(action: (s: KeyValueStore) => T): T | undefined => {
    try {
      return store === undefined ? undefined : action(store);
    } catch {
      return undefined;
    }
  };
  return {
    read: (installationId) => {
      const raw = attempt((s) => s.getItem(keyFor(installationId)));
      const id = raw === null || raw === undefined ? NaN : Number(raw);
      return Number.isSafeInteger(id) && id > 0 ? id : undefined;
    },
    write: (installationId, fieldId) => {
      attempt((s) => s.setItem(keyFor(installationId), String(fieldId)));
    },
    forget: (installationId) => {
      attempt((s) => s.removeItem(keyFor(installationId)));
    },
  };
}
