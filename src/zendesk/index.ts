export { ZendeskClient, connectToZendesk } from './zendesk-client';
export { readCurrentUser, type CurrentUser, type UserRole } from './current-user';
export { ZendeskFailure, isRetryable, toZendeskError, type ZendeskError } from './zendesk-error';
export type * from './zaf-types';
export { type Sleep } from './abortable-sleep';
export {
  BACKGROUND_RETRY_POLICY,
  attemptWithRetry,
  retryContext,
  withRetry,
  type Attempt,
  type RetryContext,
  type RetryOptions,
  type RetryPolicy,
} from './retry';
