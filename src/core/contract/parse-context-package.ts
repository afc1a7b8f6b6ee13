import {
  fail,
  isObject,
  issue,
  ok,
  type Issue,
  type JsonObject,
  type Result,
} from '../shared/index.js';
import { FieldReader } from '../shared/index.js';
import type { ContractIssueCode } from './issue-codes.js';
import { readSections } from './read-sections.js';
import { CONTEXT_SCHEMA, type ContextPackage, type PartialContextPackage } from './types.js';

type Root = { root: JsonObject } | { issue: Issue<ContractIssueCode> };

function toRoot(input: unknown): Root {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { issue: issue('not_json', []) };
    }
  }
  return isObject(value) ? { root: value } : { issue: issue('not_object', []) };
}

function warningsFor(pkg: ContextPackage): Issue<ContractIssueCode>[] {
  const warnings: Issue<ContractIssueCode>[] = [];
  const index = pkg.trigger.messageIndex;
  if (index !== undefined && index >= pkg.transcript.length) {
    warnings.push(
      issue('message_index_outside', ['trigger', 'messageIndex'], {
        index,
        count: pkg.transcript.length,
      }),
    );
  }
  const times = pkg.transcript.map((m) => (m.at === undefined ? NaN : Date.parse(m.at)));
  const outOfOrder = times.findIndex((t, i) => i > 0 && t < (times[i - 1] ?? t));
  if (outOfOrder > 0) warnings.push(issue('transcript_out_of_order', ['transcript', outOfOrder]));
  if (pkg.truncated !== undefined && pkg.truncated > 0) {
    warnings.push(issue('messages_truncated', ['truncated'], { count: pkg.truncated }));
  }
  return warnings;
}

/** Reads handoff-context/v1 from the custom field's text (or parsed JSON), listing every issue. */
export function parseContextPackage(input: unknown): Result<ContextPackage, ContractIssueCode> {
  const root = toRoot(input);
  if ('issue' in root) return fail([root.issue]);
  const reader = new FieldReader<ContractIssueCode>();
  if (root.root['schema'] !== CONTEXT_SCHEMA) {
    reader.report('wrong_schema', ['schema'], { expected: CONTEXT_SCHEMA });
  }
  const sections = readSections(reader, root.root);
  const { conversationId, handedOffAt, trigger } = sections;
  if (
    reader.issues.length > 0 ||
    conversationId === undefined ||
    handedOffAt === undefined ||
    trigger === undefined
  ) {
    return fail(reader.issues);
  }
  const pkg: ContextPackage = {
    ...sections,
    schema: CONTEXT_SCHEMA,
    conversationId,
    handedOffAt,
    trigger,
    model: sections.model ?? 'async',
  };
  return ok(pkg, warningsFor(pkg));
}

/** Whatever a malformed package still says correctly; never throws. */
export function salvageContextPackage(input: unknown): PartialContextPackage {
  const root = toRoot(input);
  if ('issue' in root) return { transcript: [] };
  return readSections(new FieldReader<ContractIssueCode>(), root.root);
}
