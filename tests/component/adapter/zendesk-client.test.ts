import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ZendeskFailure, type ZendeskError } from '../../../src/zendesk';
import { createZafHarness } from '../../support/zaf-harness';

async function failureOf(promise: Promise<unknown>): Promise<ZendeskError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(reason instanceof ZendeskFailure))
    throw new Error(`expected a ZendeskFailure, got ${String(reason)}`);
  return reason.error;
}

describe('the Zendesk adapter over the real SDK', () => {
  it('receives metadata and context from the handshake', async () => {
    const client = createZafHarness({ location: 'nav_bar' }).connect();
    const [metadata, context] = await Promise.all([client.metadata(), client.context()]);
    expect(metadata.installationId).toBe(1001);
    expect(metadata.settings['routing_rules']).toContain('handoff-rules/v1');
    expect(context.location).toBe('nav_bar');
  });

  it('answers a batched get with values and per-path errors', async () => {
    const client = createZafHarness().connect();
    const result = await client.get(['currentUser', 'ticket.nonsense']);
    expect(result.values.currentUser).toMatchObject({ name: 'Sam Lee', role: 'admin' });
    expect(result.errors['ticket.nonsense']).toMatch(/Could not find/);
  });

  it('sends the gets asked for in one task as one round trip, each caller answered its own paths', async () => {
    const harness = createZafHarness();
    const client = harness.connect();
    await client.metadata();
    const before = harness.calls.length;
    const [user, ticket] = await Promise.all([
      client.get(['currentUser']),
      Promise.resolve().then(() => client.get(['ticket.nonsense', 'currentUser'])),
    ]);
    const gets = harness.calls.slice(before).filter((call) => call.kind === 'get');
    expect(gets.map((call) => call.detail)).toEqual(['currentUser,ticket.nonsense']);
    expect(Object.keys(user.values)).toEqual(['currentUser']);
    expect(user.errors).toEqual({});
    expect(ticket.values.currentUser).toEqual(user.values.currentUser);
    expect(ticket.errors['ticket.nonsense']).toMatch(/Could not find/);
    // A get asked for after the batch left is a round trip of its own.
    await client.get(['currentUser']);
    expect(harness.calls.slice(before).filter((call) => call.kind === 'get')).toHaveLength(2);
  });

  it('fails every caller of a batched get that Zendesk never answers', async () => {
    const harness = createZafHarness({ drop: (call) => call.kind === 'get', timeoutMs: 50 });
    const client = harness.connect();
    const failures = await Promise.all([
      failureOf(client.get(['currentUser'])),
      failureOf(client.get(['ticket.id'])),
    ]);
    expect(failures.map((failure) => failure.kind)).toEqual(['timeout', 'timeout']);
  });

  it.each(['ticketFields', 'ticket.subject'])(
    'refuses %s outside the ticket sidebar, as Zendesk does',
    async (path) => {
      const onNavBar = await createZafHarness({ location: 'nav_bar' }).connect().get([path]);
      expect(onNavBar.values).toEqual({});
      expect(onNavBar.errors[path]).toMatch(/Could not find/);
      const inSidebar = await createZafHarness({ tickets: [], location: 'ticket_sidebar' })
        .connect()
        .get(['ticketFields']);
      expect(Array.isArray(inSidebar.values.ticketFields)).toBe(true);
    },
  );

  it('returns JSON from a REST request answered by the shared MSW handlers', async () => {
    const client = createZafHarness().connect();
    const installation = await client.request<{ id: number }>({
      url: '/api/v2/apps/installations/1001.json',
    });
    expect(installation.id).toBe(1001);
  });

  it.each([
    [401, { kind: 'http', status: 401 }],
    [404, { kind: 'http', status: 404 }],
    [500, { kind: 'http', status: 500 }],
  ])('maps HTTP %i to a typed error', async (status, expected) => {
    const harness = createZafHarness();
    harness.use(http.get('*/api/v2/tickets/1.json', () => new HttpResponse('no', { status })));
    const error = await failureOf(harness.connect().request({ url: '/api/v2/tickets/1.json' }));
    expect(error).toMatchObject(expected);
  });

  it('reads Retry-After from a 429', async () => {
    const harness = createZafHarness();
    harness.use(
      http.get('*/api/v2/tickets/1.json', () =>
        HttpResponse.json(
          { error: 'TooManyRequests' },
          { status: 429, headers: { 'Retry-After': '7' } },
        ),
      ),
    );
    const error = await failureOf(harness.connect().request({ url: '/api/v2/tickets/1.json' }));
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 7 });
  });

  describe('what a failed client.request delivers, as Zendesk sends it', () => {
    const tooMany = () =>
      http.get('*/api/v2/tickets/1.json', () =>
        HttpResponse.json(
          { error: 'TooManyRequests' },
          { status: 429, headers: { 'Retry-After': '7' } },
        ),
      );
    const rejection = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error('expected the request to fail');
        },
        (reason: unknown) => reason as Record<string, unknown>,
      );

    it('rejects a plain request with the xhr’s status and texts, and no headers', async () => {
      const harness = createZafHarness();
      harness.use(tooMany());
      const reason = await rejection(harness.sdk().request({ url: '/api/v2/tickets/1.json' }));
      expect(reason).toMatchObject({ status: 429, responseJSON: { error: 'TooManyRequests' } });
      expect(Object.keys(reason).sort()).toEqual([
        'responseJSON',
        'responseText',
        'status',
        'statusText',
      ]);
    });

    it('rejects a complete-response request with status, body and headers', async () => {
      const harness = createZafHarness();
      harness.use(tooMany());
      const reason = await rejection(
        harness.sdk().request({ url: '/api/v2/tickets/1.json', httpCompleteResponse: true }),
      );
      expect(reason).toMatchObject({ status: 429, headers: { 'retry-after': '7' } });
    });

    it('resolves a complete-response request with the body under responseJSON', async () => {
      const answer = await createZafHarness()
        .sdk()
        .request({ url: '/api/v2/apps/installations/1001.json', httpCompleteResponse: true });
      expect(answer).toMatchObject({ status: 200, responseJSON: { id: 1001 } });
    });
  });

  it('reports a network failure and an unreadable body as such', async () => {
    const harness = createZafHarness();
    harness.use(
      http.get('*/api/v2/tickets/1.json', () => HttpResponse.error()),
      http.get('*/api/v2/tickets/2.json', () => new HttpResponse('{"ticket":', { status: 200 })),
    );
    const client = harness.connect();
    expect(await failureOf(client.request({ url: '/api/v2/tickets/1.json' }))).toMatchObject({
      kind: 'network',
    });
    expect(await failureOf(client.request({ url: '/api/v2/tickets/2.json' }))).toMatchObject({
      kind: 'malformed_response',
    });
  });

  it('times out a get the host never answers', async () => {
    const harness = createZafHarness({ drop: (call) => call.kind === 'get', timeoutMs: 50 });
    const error = await failureOf(harness.connect().get(['currentUser']));
    expect(error).toEqual({ kind: 'timeout', operation: 'get currentUser' });
  });

  it('delivers framework events the app subscribed to, and stops after unsubscribing', async () => {
    const harness = createZafHarness();
    const client = harness.connect();
    await client.metadata();
    const seen: unknown[] = [];
    const off = client.on('ticket.tags.changed', (tags) => seen.push(tags));
    await vi.waitFor(() =>
      expect(harness.host.subscriptions.has('ticket.tags.changed')).toBe(true),
    );
    harness.host.emit('ticket.tags.changed', ['handoff']);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    off();
    await vi.waitFor(() =>
      expect(harness.host.subscriptions.has('ticket.tags.changed')).toBe(false),
    );
    expect(seen).toEqual([['handoff']]);
  });
});
