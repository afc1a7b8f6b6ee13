import { HttpResponse } from 'msw';

/** Error bodies shaped like Zendesk's, so the app's error mapping meets what it will meet live. */
export function zendeskError(status: number, error: string, description: string): Response {
  return HttpResponse.json({ error, description }, { status });
}

export const notFound = () => zendeskError(404, 'RecordNotFound', 'Not found');
export const forbidden = () =>
  zendeskError(
    403,
    'Forbidden',
    'You do not have access to this page. Please contact the account owner.',
  );
export const invalid = (description: string) => zendeskError(422, 'RecordInvalid', description);

export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
