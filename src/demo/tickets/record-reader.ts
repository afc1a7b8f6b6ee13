import {
  isIsoDateTime,
  isObject,
  issue,
  type Issue,
  type IssuePath,
  type JsonObject,
} from '../../core/shared';
import type { TicketFileIssueCode } from './ticket-file-types';

/** Reads typed fields out of unknown JSON records, recording every problem instead of stopping. */
export class RecordReader {
  readonly issues: Issue<TicketFileIssueCode>[] = [];

  report(code: TicketFileIssueCode, path: IssuePath, params?: Record<string, string | number>) {
    this.issues.push(issue(code, path, params));
  }

  #present(parent: JsonObject, key: string, path: IssuePath, required: boolean): unknown {
    const value = parent[key];
    if ((value === undefined || value === null) && required)
      this.report('required', [...path, key]);
    return value ?? undefined;
  }

  #wrong(path: IssuePath, key: string, expected: string): undefined {
    this.report('wrong_type', [...path, key], { expected });
    return undefined;
  }

  object(parent: JsonObject, key: string, path: IssuePath, required = true) {
    const value = this.#present(parent, key, path, required);
    if (value === undefined || isObject(value)) return value;
    return this.#wrong(path, key, 'an object');
  }

  array(parent: JsonObject, key: string, path: IssuePath, required = true) {
    const value = this.#present(parent, key, path, required);
    if (value === undefined || Array.isArray(value)) return value as readonly unknown[] | undefined;
    return this.#wrong(path, key, 'an array');
  }

  string(parent: JsonObject, key: string, path: IssuePath, required = false) {
    const value = this.#present(parent, key, path, required);
    if (value === undefined || typeof value === 'string') return value;
    return this.#wrong(path, key, 'a string');
  }

  id(parent: JsonObject, key: string, path: IssuePath) {
    const value = this.#present(parent, key, path, true);
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
    return this.#wrong(path, key, 'a positive integer');
  }

  boolean(parent: JsonObject, key: string, path: IssuePath) {
    const value = this.#present(parent, key, path, true);
    if (value === undefined || typeof value === 'boolean') return value;
    return this.#wrong(path, key, 'true or false');
  }

  date(parent: JsonObject, key: string, path: IssuePath) {
    const value = this.string(parent, key, path, true);
    if (value === undefined || isIsoDateTime(value)) return value;
    this.report('invalid_date', [...path, key], { value: String(value).slice(0, 40) });
    return undefined;
  }

  oneOf<T extends string>(parent: JsonObject, key: string, path: IssuePath, allowed: readonly T[]) {
    const value = this.string(parent, key, path, true);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.report('invalid_value', [...path, key], {
      value: value.slice(0, 40),
      allowed: allowed.join(', '),
    });
    return undefined;
  }

  /** Reads each item of a list, dropping those that fail; their issues are already recorded. */
  each<T>(
    items: readonly unknown[],
    path: IssuePath,
    read: (item: JsonObject, at: IssuePath) => T | undefined,
  ): T[] {
    const out: T[] = [];
    items.forEach((item, index) => {
      const at = [...path, index];
      if (!isObject(item)) {
        this.report('wrong_type', at, { expected: 'an object' });
        return;
      }
      const value = read(item, at);
      if (value !== undefined) out.push(value);
    });
    return out;
  }
}
