const settled = new WeakMap<Promise<unknown>, { readonly value: unknown }>();

/**
 * Remembers what `promise` fulfils with, so a render that comes after it (the first, when Zendesk
 * answered while the UI loaded) can show the value at once instead of a loading state first.
 */
export function rememberSettled<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => settled.set(promise, { value }),
    () => undefined,
  );
  return promise;
}

/** What a remembered promise has already fulfilled with; undefined while it is pending. */
export function settledValue<T>(promise: Promise<T>): T | undefined {
  // The entry was stored under this very promise, so its value is a T.
  return settled.get(promise)?.value as T | undefined;
}
