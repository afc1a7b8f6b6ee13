import { useCallback, useEffect, useRef, useState } from 'react';
import { tallyBackTest, type BackTestReport } from '../../../../../core/insights';
import { HANDOFF_TAG, type RuleSet } from '../../../../../core/routing';
import { type ZendeskError } from '../../../../../zendesk';
import { searchTickets } from '../../../../../zendesk/search';
import { useZendesk } from '../../../../app/zendesk-context';
import { backgroundPacer } from '../../background-pacer';
import { contextFieldIdFor } from '../../context-field';
import { readBotName } from '../../../../../zendesk/settings';
import { useRulesTiming } from '../rules-timing';
import { readBackTestTicket } from './read-back-test-ticket';

export const DEFAULT_TICKETS = 200;
/** The Search API returns at most 1,000 results for one query. */
export const MAX_TICKETS = 1000;

export interface BackTestProgress {
  readonly fetched: number;
  readonly expected: number | null;
}

export type BackTestState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: BackTestProgress; readonly limit: number }
  | {
      readonly kind: 'done';
      readonly report: BackTestReport;
      /** Why paging stopped early, when a page failed for good. */
      readonly failure?: ZendeskError;
      readonly cancelled: boolean;
      readonly ticketsRead: number;
    };

/**
 * Replays a rule set over the newest handed-off tickets (`tags:handoff`, newest first, 100 a
 * page). Cancelling keeps what was read; a page that fails for good ends the run with partial
 * results rather than none.
 */
export function useBackTest() {
  const session = useZendesk();
  const { searchRetry } = useRulesTiming();
  const [state, setState] = useState<BackTestState>({ kind: 'idle' });
  const controller = useRef<AbortController>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (ruleSet: RuleSet, limit: number) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setState({ kind: 'running', progress: { fetched: 0, expected: null }, limit });
      const fieldId = await contextFieldIdFor(session.client, session);
      const found = await searchTickets(session.client, `type:ticket tags:${HANDOFF_TAG}`, {
        limit,
        sortBy: 'created_at',
        sortOrder: 'desc',
        signal: own.signal,
        pacer: backgroundPacer(),
        ...(searchRetry === undefined ? {} : { retry: searchRetry }),
        onProgress: (progress) => {
          if (!own.signal.aborted) setState({ kind: 'running', progress, limit });
        },
      });
      // A newer run aborted this one and owns the state now.
      if (controller.current !== own) return;
      // Messaging tickets keep their messages in the Conversation Log: read, paced, one by one.
      // After a cancel no log is read, and those tickets count with what the search gave.
      const botName = readBotName(session.metadata.settings);
      const replay = {
        pacer: backgroundPacer(),
        signal: own.signal,
        botNames: botName === undefined ? [] : [botName],
      };
      const tickets = [];
      for (const ticket of found.tickets) {
        tickets.push(await readBackTestTicket(session.client, ticket, fieldId, replay));
      }
      if (controller.current !== own) return;
      setState({
        kind: 'done',
        report: tallyBackTest(ruleSet, tickets),
        cancelled: found.cancelled,
        ticketsRead: tickets.length,
        ...(found.failure === undefined ? {} : { failure: found.failure }),
      });
    },
    [session, searchRetry],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, run, cancel };
}
