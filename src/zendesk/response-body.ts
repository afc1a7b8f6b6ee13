import { isObject } from '../core/shared';
import { toZendeskError, ZendeskFailure } from './zendesk-error';

function parseJsonText(text: string, operation: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ZendeskFailure({ kind: 'malformed_response', operation });
  }
}

/**
 * The body of what `client.request({ httpCompleteResponse: true })` resolved with. A complete
 * response carries `status`; one outside 2xx is a failure even when it resolved, so it becomes
 * the same ZendeskError a rejection would. A host that ignored the option resolves with the body
 * itself, which is taken as it is (text is parsed as JSON).
 */
export function readResponseBody(answer: unknown, operation: string): unknown {
  if (typeof answer === 'string') return parseJsonText(answer, operation);
  if (!isObject(answer) || typeof answer['status'] !== 'number' || !('responseText' in answer))
    return answer;
  const status = answer['status'];
  if (status < 200 || status >= 300) {
    throw new ZendeskFailure(toZendeskError(answer, operation));
  }
  if ('responseJSON' in answer) return answer['responseJSON'];
  const text = answer['responseText'];
  return typeof text === 'string' ? parseJsonText(text, operation) : null;
}
