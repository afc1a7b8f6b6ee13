import {
  issue,
  isFiniteNumber,
  isIsoDateTime,
  isObject,
  type Issue,
  type IssuePath,
  type JsonObject,
} from '../shared/index.js';
import type { ContractIssueCode } from './issue-codes.js';

/**
 * Reads typed fields out of an unknown object while recording every problem, so one pass
 * over a package reports all of them.
 */
export class FieldReader {
  readonly issues: Issue<ContractIssueCode>[] = [];

  report(code: ContractIssueCode, path: IssuePath, params?: Record<string, string | number>): void {
    this.issues.push(issue(code, path, params));
  }

  object(
    parent: JsonObject,
    key: string,
    path: IssuePath,
    required: boolean,
  ): JsonObject | undefined {
    const value = parent[key];
    if (value === undefined || value === null) {
      if (required) this.report('required', [...path, key]);
      return undefined;
    }
    if (!isObject(value)) {
      this.report('wrong_type', [...path, key], { expected: 'object' });
      return undefined;
    }
    return value;
  }

  string(parent: JsonObject, key: string, path: IssuePath, required = false): string | undefined {
    const value = parent[key];
    if (value === undefined || value === null) {
      if (required) this.report('required', [...path, key]);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report('wrong_type', [...path, key], { expected: 'string' });
      return undefined;
    }
    if (required && value.trim() === '') {
      this.report('required', [...path, key]);
      return undefined;
    }
    return value;
  }

  date(parent: JsonObject, key: string, path: IssuePath, required = false): string | undefined {
    const value = this.string(parent, key, path, required);
    if (value === undefined) return undefined;
    if (!isIsoDateTime(value)) {
      this.report('invalid_date', [...path, key], { value: String(value).slice(0, 40) });
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(
    parent: JsonObject,
    key: string,
    path: IssuePath,
    allowed: readonly T[],
    required = false,
  ): T | undefined {
    const value = this.string(parent, key, path, required);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.report('invalid_value', [...path, key], {
        value: value.slice(0, 40),
        allowed: allowed.join(', '),
      });
      return undefined;
    }
    return value as T;
  }

  number(
    parent: JsonObject,
    key: string,
    path: IssuePath,
    min: number,
    max: number,
  ): number | undefined {
    const value = parent[key];
    if (value === undefined || value === null) return undefined;
    if (!isFiniteNumber(value)) {
      this.report('wrong_type', [...path, key], { expected: 'number' });
      return undefined;
    }
    if (value < min || value > max) {
      this.report('out_of_range', [...path, key], { min, max });
      return undefined;
    }
    return value;
  }

  boolean(parent: JsonObject, key: string, path: IssuePath): boolean | undefined {
    const value = parent[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.report('wrong_type', [...path, key], { expected: 'boolean' });
      return undefined;
    }
    return value;
  }
}

/** Copies only the keys whose values are defined, as exactOptionalPropertyTypes requires. */
export function defined<T extends object>(record: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as T;
}
