import {
  hasConflict,
  fateOfWrite,
  planWrite,
  readStoredRules,
  type PlannedWrite,
  type SaveBase,
  type StoredRules,
} from '../../core/rule-revisions';
import { parseRuleSet, RULES_SCHEMA, type RoutingIssueCode, type Rule } from '../../core/routing';
import type { Issue } from '../../core/shared';
import type { ZendeskClient } from '../zendesk-client';
import { ZendeskFailure, type ZendeskError } from '../zendesk-error';
import { readInstallationSettings, writeInstallationSettings } from './installation-settings';

export interface SaveRulesInput {
  readonly installationId: number;
  /** The rules to store, in priority order; validated again here before anything is sent. */
  readonly rules: readonly Rule[];
  /** What the draft was read from; a save over anything else is refused as a conflict. */
  readonly base: SaveBase;
  readonly author: string;
  readonly now: string;
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly stored: StoredRules; readonly write: PlannedWrite }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue<RoutingIssueCode>[] }
  /** Someone else's rules are stored: nothing of ours is, and the caller still holds its draft. */
  | {
      readonly kind: 'conflict';
      readonly theirs: StoredRules;
      readonly mine: readonly Rule[];
      /** True when our write landed and was then overwritten in the race window. */
      readonly overwritten: boolean;
    }
  | { readonly kind: 'failed'; readonly stage: 'read' | 'write'; readonly error: ZendeskError }
  /** The write was sent but reading it back failed: it may or may not be stored. */
  | { readonly kind: 'unconfirmed'; readonly error: ZendeskError; readonly write: PlannedWrite };

function failure(reason: unknown, operation: string): ZendeskError {
  if (reason instanceof ZendeskFailure) return reason.error;
  return { kind: 'sdk', operation, message: String(reason) };
}

/** The current rules and history, read fresh from the installation. */
export async function loadRules(
  client: ZendeskClient,
  installationId: number,
): Promise<StoredRules> {
  return readStoredRules(await readInstallationSettings(client, installationId));
}

async function attempt<T>(
  run: () => Promise<T>,
  operation: string,
): Promise<{ ok: true; value: T } | { ok: false; error: ZendeskError }> {
  try {
    return { ok: true, value: await run() };
  } catch (reason) {
    return { ok: false, error: failure(reason, operation) };
  }
}

/**
 * Validate, read, compare, write both settings in one PUT, read back. Zendesk has no conditional
 * write, so the read-back is what catches another admin's save landing in between
 * (docs/decisions/001-conflict-safe-rule-saves.md).
 */
export async function saveRules(
  client: ZendeskClient,
  input: SaveRulesInput,
): Promise<SaveOutcome> {
  const checked = parseRuleSet({
    schema: RULES_SCHEMA,
    revision: input.base.revision,
    rules: input.rules,
  });
  if (!checked.ok) return { kind: 'invalid', issues: checked.issues };
  const rules = checked.value.rules;
  const read = await attempt(
    () => readInstallationSettings(client, input.installationId),
    'read rules',
  );
  if (!read.ok) return { kind: 'failed', stage: 'read', error: read.error };
  const before = readStoredRules(read.value);
  if (hasConflict(input.base, before)) {
    return { kind: 'conflict', theirs: before, mine: rules, overwritten: false };
  }
  const write = planWrite(before, { rules, author: input.author, now: input.now });
  const sent = await attempt(
    () => writeInstallationSettings(client, input.installationId, read.value, write.settings),
    'write rules',
  );
  if (!sent.ok) return { kind: 'failed', stage: 'write', error: sent.error };
  return confirmSave(client, input.installationId, write);
}

/**
 * Reads the rules back and checks they are the ones written. Called right after a save, and again
 * a little later: a save that started before ours and wrote after our read-back is caught then.
 */
export async function confirmSave(
  client: ZendeskClient,
  installationId: number,
  write: PlannedWrite,
): Promise<SaveOutcome> {
  const after = await attempt(() => loadRules(client, installationId), 'confirm rules');
  if (!after.ok) return { kind: 'unconfirmed', error: after.error, write };
  if (fateOfWrite(write, after.value) !== 'lost')
    return { kind: 'saved', stored: after.value, write };
  return { kind: 'conflict', theirs: after.value, mine: write.ruleSet.rules, overwritten: true };
}
