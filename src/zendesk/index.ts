export { ZendeskClient, connectToZendesk, CALL_TIMEOUT_MS } from './zendesk-client';
export { readCurrentUser, type CurrentUser, type UserRole } from './current-user';
export { ZendeskFailure, isRetryable, toZendeskError, type ZendeskError } from './zendesk-error';
export type * from './zaf-types';
export { abortableSleep, type Sleep } from './abortable-sleep';
export {
  BACKGROUND_RETRY_POLICY,
  PANEL_RETRY_POLICY,
  attemptWithRetry,
  isRetryableInPanel,
  retryContext,
  withRetry,
  type Attempt,
  type RetryContext,
  type RetryOptions,
  type RetryPolicy,
} from './retry';
