/** Where a resolved context field id is kept, so later tickets skip the lookup. */
export interface FieldIdCache {
  read(installationId: number): number | undefined;
  write(installationId: number, fieldId: number): void;
  forget(installationId: number): void;
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const keyFor = (installationId: number) => `handoff-brief:context-field-id:${installationId}`;

/** The page's storage, asked for once: where it is blocked, each ask throws, which is slow. */
let pageStore: { readonly store: KeyValueStore | undefined } | undefined;

function defaultStore(): KeyValueStore | undefined {
  if (pageStore === undefined) {
    try {
      pageStore = { store: window.localStorage };
    } catch {
      // Storage can be blocked for third-party frames; the app then looks the field up each time.
      pageStore = { store: undefined };
    }
  }
  return pageStore.store;
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
