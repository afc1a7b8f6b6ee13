import {
  parseContextPackage,
  type ContextPackage,
  type PartialContextPackage,
  type TranscriptMessage,
} from '../../../src/core/contract';
import { validPackage } from '../contract/packages';

/** The contract tests' valid package, parsed, so briefs start from what the app really reads. */
export function fullPackage(): ContextPackage {
  const parsed = parseContextPackage(structuredClone(validPackage));
  if (!parsed.ok)
    throw new Error('tests/unit/contract/packages.ts no longer holds a valid package');
  return parsed.value;
}

/** The full package with some top-level parts replaced or (with `undefined`) removed. */
export function packageWith(changes: {
  readonly [K in keyof PartialContextPackage]?: PartialContextPackage[K] | undefined;
}): PartialContextPackage {
  const copy: Record<string, unknown> = { ...fullPackage() };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) Reflect.deleteProperty(copy, key);
    else copy[key] = value;
  }
  return copy as unknown as PartialContextPackage;
}

export const customerSays = (text: string, at?: string): TranscriptMessage => ({
  role: 'customer',
  text,
  ...(at === undefined ? {} : { at }),
});

export const botSays = (
  text: string,
  kind?: TranscriptMessage['kind'],
  at?: string,
): TranscriptMessage => ({
  role: 'bot',
  text,
  ...(kind === undefined ? {} : { kind }),
  ...(at === undefined ? {} : { at }),
});

/** A copy of `value` without `key`, typed as such (exactOptionalPropertyTypes forbids `key: undefined`). */
export function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  Reflect.deleteProperty(copy, key);
  return copy;
}
