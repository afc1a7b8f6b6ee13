import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveBase, StoredRules } from '../../../../core/rule-revisions';
import type { RoutingIssueCode, Rule } from '../../../../core/routing';
import type { Issue } from '../../../../core/shared';
import type { ZendeskError } from '../../../../zendesk';
import { confirmSave, saveRules, type SaveOutcome } from '../../../../zendesk/settings';
import { useZendesk } from '../../../app/zendesk-context';
import { useRulesTiming } from './rules-timing';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly stored: StoredRules }
  | { readonly kind: 'failed'; readonly error: ZendeskError }
  | { readonly kind: 'invalid'; readonly issues: readonly Issue<RoutingIssueCode>[] }
  | { readonly kind: 'unconfirmed'; readonly error: ZendeskError }
  | {
      readonly kind: 'conflict';
      readonly theirs: StoredRules;
      readonly mine: readonly Rule[];
      readonly overwritten: boolean;
    };

/**
 * Runs the save protocol of src/zendesk/settings and turns its outcome into what the tab shows.
 * `onStored` receives the rules now stored, to rebase the editor on them, and whether the draft
 * should become them (a restore, a reconciled save) or stay as typed (a plain save, where any
 * edit made while it was in flight stays an unsaved change). `currentDraft` gives the draft's
 * rules now, so a conflict found by the late look offers what the admin has, not what they had.
 */
export function useRulesSave(
  onStored: (stored: StoredRules, replaceDraft: boolean) => void,
  currentDraft: () => readonly Rule[] | undefined,
) {
  const { client, metadata, currentUser } = useZendesk();
  const { recheckAfterMs } = useRulesTiming();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const live = useRef(true);
  const recheck = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      clearTimeout(recheck.current);
    };
  }, []);

  const settle = useCallback(
    (outcome: SaveOutcome, replaceDraft: boolean) => {
      if (!live.current) return;
      switch (outcome.kind) {
        case 'saved':
          onStored(outcome.stored, replaceDraft);
          setState({ kind: 'saved', stored: outcome.stored });
          clearTimeout(recheck.current);
          recheck.current = setTimeout(() => {
            void confirmSave(client, metadata.installationId, outcome.write).then((late) => {
              if (live.current && late.kind === 'conflict')
                setState({ ...late, mine: currentDraft() ?? late.mine });
            });
          }, recheckAfterMs);
          return;
        case 'invalid':
          // The editor offers Save only for a valid draft; the store checks again regardless.
          setState(outcome);
          return;
        case 'failed':
        case 'unconfirmed':
          setState({ kind: outcome.kind, error: outcome.error });
          return;
        case 'conflict':
          setState(outcome);
          return;
        default: {
          const unreachable: never = outcome;
          throw new Error(`Unhandled save outcome ${JSON.stringify(unreachable)}`);
        }
      }
    },
    [client, metadata.installationId, onStored, currentDraft, recheckAfterMs],
  );

  const save = useCallback(
    async (rules: readonly Rule[], base: SaveBase, replaceDraft = false) => {
      setState({ kind: 'saving' });
      const outcome = await saveRules(client, {
        installationId: metadata.installationId,
        rules,
        base,
        author: currentUser.name,
        now: new Date().toISOString(),
      });
      settle(outcome, replaceDraft);
    },
    [client, metadata.installationId, currentUser.name, settle],
  );

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);
  const setMine = useCallback(
    (mine: readonly Rule[]) =>
      setState((current) => (current.kind === 'conflict' ? { ...current, mine } : current)),
    [],
  );
  return { state, save, dismiss, setMine };
}
