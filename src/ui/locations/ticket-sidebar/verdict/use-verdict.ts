import { useRef, useState } from 'react';
import { toZendeskError, type ZendeskError } from '../../../../zendesk';
import { saveVerdict, verdictFromTags, type Verdict } from '../../../../zendesk/ticket';
import { useZendesk } from '../../../app/zendesk-context';

export interface VerdictControl {
  /** What the agent sees: their latest choice at once, the ticket's tags otherwise. */
  readonly verdict: Verdict | undefined;
  readonly isSaving: boolean;
  /** Why the last choice was rolled back. */
  readonly failure: ZendeskError | undefined;
  /** One click sets a verdict; clicking the chosen one again clears it. */
  choose(choice: Verdict): void;
}

/**
 * The agent's verdict, optimistic: shown the moment it is clicked, saved in order behind any
 * earlier click, rolled back with the reason if saving fails. A tag change made elsewhere wins
 * once none of the agent's own saves is in flight.
 */
export function useVerdict(ticketId: number, tags: readonly string[]): VerdictControl {
  const { client } = useZendesk();
  const [optimistic, setOptimistic] = useState<{ verdict: Verdict | undefined }>();
  const [inFlight, setInFlight] = useState(0);
  const [failure, setFailure] = useState<ZendeskError>();
  const [seenTags, setSeenTags] = useState(tags);
  const queue = useRef<Promise<void>>(Promise.resolve());

  if (seenTags !== tags) {
    setSeenTags(tags);
    if (inFlight === 0) setOptimistic(undefined);
  }
  const verdict = optimistic === undefined ? verdictFromTags(tags) : optimistic.verdict;

  const choose = (choice: Verdict) => {
    const from = verdict;
    const to = from === choice ? undefined : choice;
    setOptimistic({ verdict: to });
    setFailure(undefined);
    setInFlight((n) => n + 1);
    queue.current = queue.current
      .then(() => saveVerdict(client, ticketId, from, to))
      .then(
        () => setInFlight((n) => n - 1),
        (reason: unknown) => {
          setOptimistic({ verdict: from });
          setFailure(toZendeskError(reason, 'save verdict'));
          setInFlight((n) => n - 1);
        },
      );
  };

  return { verdict, isSaving: inFlight > 0, failure, choose };
}
