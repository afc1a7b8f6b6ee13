/**
 * Untrusted input is parsed into a Result that lists every issue at once, so a
 * person fixing a bot payload or a rule edit sees all of it in one pass.
 * Issues carry a code and params; the words live in translations/.
 */
export type IssuePath = readonly (string | number)[];

/**
 * What a `wrong_type` issue says a value should have been (its `expected` param): one word per
 * kind for every parser, so each reader has one sentence per kind.
 */
export const VALUE_KINDS = ['object', 'list', 'string', 'number', 'boolean'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const isValueKind = (value: unknown): value is ValueKind =>
  (VALUE_KINDS as readonly unknown[]).includes(value);

export interface Issue<Code extends string = string> {
  readonly code: Code;
  readonly path: IssuePath;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue<Code>[] }
  | { readonly ok: false; readonly issues: readonly Issue<Code>[] };

export function ok<T, Code extends string = string>(
  value: T,
  warnings: readonly Issue<Code>[] = [],
): Result<T, Code> {
  return { ok: true, value, warnings };
}

export function fail<T, Code extends string = string>(
  issues: readonly Issue<Code>[],
): Result<T, Code> {
  return { ok: false, issues };
}

export function issue<Code extends string>(
  code: Code,
  path: IssuePath,
  params?: Readonly<Record<string, string | number>>,
): Issue<Code> {
  return params === undefined ? { code, path } : { code, path, params };
}
