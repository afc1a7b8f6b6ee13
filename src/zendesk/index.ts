export { ZendeskClient, connectToZendesk, CALL_TIMEOUT_MS } from './zendesk-client';
export { ZendeskFailure, isRetryable, toZendeskError, type ZendeskError } from './zendesk-error';
export type * from './zaf-types';
