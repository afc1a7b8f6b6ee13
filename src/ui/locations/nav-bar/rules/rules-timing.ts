import { createContext, useContext } from 'react';
import type { RetryPolicy } from '../../../../zendesk/search';

/**
 * The tab's waits, in one place so tests can shorten them instead of waiting for real:
 * the late look after a save, and how the back-test retries a failing search page.
 */
export interface RulesTiming {
  /** A save that landed can still be replaced by one that raced it; look again after this long. */
  readonly recheckAfterMs: number;
  readonly searchRetry?: Partial<RetryPolicy>;
}

export const DEFAULT_RULES_TIMING: RulesTiming = { recheckAfterMs: 4000 };

export const RulesTimingContext = createContext<RulesTiming>(DEFAULT_RULES_TIMING);

export function useRulesTiming(): RulesTiming {
  return useContext(RulesTimingContext);
}
