import { isFiniteNumber, isIsoDateTime, isObject, type JsonObject } from './guards.js';
import { issue, type Issue, type IssuePath, type ValueKind } from './result.js';

/**
 * The reader's own codes. A parser names its full code list as `C`; `required` and
 * `wrong_type` must be in every list, the others only where a method that reports them is
 * called (see `Has`).
 */
type BaseCode = 'required' | 'wrong_type';

/**
 * An extra, impossible argument unless the parser's code list holds `Code`: a parser cannot
 * call `date()` if it has no words for `invalid_date`, and the compiler says so at the call.
 */
type Has<C extends string, Code extends string> = Code extends C ? [] : [missing: never];

/** `wrong_type`'s `expected` param: a value kind, or a Zendesk id (a positive whole number). */
export type ExpectedKind = ValueKind | 'positive_integer';

/**
 * Reads typed fields out of untrusted JSON while recording every problem, so one pass over a
 * context package, a rule or a demo ticket file reports all of them. Absent and `null` read as
 * absent; `required` reports them.
 */
export class FieldReader<C extends string> {
  readonly issues: Issue<C | BaseCode>[] = [];

  report(code: C | BaseCode, path: IssuePath, params?: Record<string, string | number>): void {
    this.issues.push(issue(code, path, params));
  }

  #present(parent: JsonObject, key: string, path: IssuePath, required: boolean): unknown {
    const value = parent[key];
    if (value !== undefined && value !== null) return value;
    if (required) this.report('required', [...path, key]);
    return undefined;
  }

  #wrong(at: IssuePath, expected: ExpectedKind): undefined {
    this.report('wrong_type', at, { expected });
    return undefined;
  }

  object(parent: JsonObject, key: string, path: IssuePath, required = false) {
    const value = this.#present(parent, key, path, required);
    if (value === undefined || isObject(value)) return value;
    return this.#wrong([...path, key], 'object');
  }

  list(parent: JsonObject, key: string, path: IssuePath, required = false) {
    const value = this.#present(parent, key, path, required);
    if (value === undefined || Array.isArray(value)) return value as readonly unknown[] | undefined;
    return this.#wrong([...path, key], 'list');
  }

  /** A required string must also hold more than white space. */
  string(parent: JsonObject, key: string, path: IssuePath, required = false) {
    const value = this.#present(parent, key, path, required);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.#wrong([...path, key], 'string');
    if (required && value.trim() === '') {
      this.report('required', [...path, key]);
      return undefined;
    }
    return value;
  }

  boolean(parent: JsonObject, key: string, path: IssuePath, required = false) {
    const value = this.#present(parent, key, path, required);
    if (value === undefined || typeof value === 'boolean') return value;
    return this.#wrong([...path, key], 'boolean');
  }

  /** A Zendesk id: a positive whole number. */
  id(parent: JsonObject, key: string, path: IssuePath, required = false) {
    const value = this.#present(parent, key, path, required);
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
    return this.#wrong([...path, key], 'positive_integer');
  }

  number(
    parent: JsonObject,
    key: string,
    path: IssuePath,
    min: number,
    max: number,
    ...has: Has<C, 'out_of_range'>
  ): number | undefined {
    void has;
    const value = this.#present(parent, key, path, false);
    if (value === undefined) return undefined;
    if (!isFiniteNumber(value)) return this.#wrong([...path, key], 'number');
    if (value < min || value > max) {
      // Has<> above proved C holds the code.
      this.report('out_of_range' as C, [...path, key], { min, max });
      return undefined;
    }
    return value;
  }

  date(
    parent: JsonObject,
    key: string,
    path: IssuePath,
    required = false,
    ...has: Has<C, 'invalid_date'>
  ) {
    void has;
    const value = this.string(parent, key, path, required);
    if (value === undefined) return undefined;
    const shown = value.slice(0, 40);
    if (isIsoDateTime(value)) return value;
    // Has<> above proved C holds the code.
    this.report('invalid_date' as C, [...path, key], { value: shown });
    return undefined;
  }

  oneOf<T extends string>(
    parent: JsonObject,
    key: string,
    path: IssuePath,
    allowed: readonly T[],
    required = false,
    ...has: Has<C, 'invalid_value'>
  ): T | undefined {
    void has;
    const value = this.string(parent, key, path, required);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    // Has<> above proved C holds the code.
    this.report('invalid_value' as C, [...path, key], {
      value: value.slice(0, 40),
      allowed: allowed.join(', '),
    });
    return undefined;
  }

  /** Reads each object of a list, dropping those that fail; their issues are already recorded. */
  each<T>(
    items: readonly unknown[],
    path: IssuePath,
    read: (item: JsonObject, at: IssuePath) => T | undefined,
  ): T[] {
    const out: T[] = [];
    items.forEach((item, index) => {
      const at = [...path, index];
      if (!isObject(item)) {
        this.#wrong(at, 'object');
        return;
      }
      const value = read(item, at);
      if (value !== undefined) out.push(value);
    });
    return out;
  }
}

/** Copies only the keys whose values are defined, as exactOptionalPropertyTypes requires. */
export function defined<T extends object>(record: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}
