import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DemoDb, type DemoRole } from '../../../src/demo/db/demo-db';
import { createInstallationHandlers } from '../../../src/demo/msw/installation-handlers';

const ORIGIN = 'https://handoff-demo.zendesk.test';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function account(role: DemoRole): DemoDb {
  const db = DemoDb.create([], { routing_rules: 'r', bot_name: 'Ledgerline Bot' }, role);
  server.use(...createInstallationHandlers(db));
  return db;
}

async function put(body: unknown) {
  const response = await fetch(`${ORIGIN}/api/v2/apps/installations/1001.json`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the local host’s Update App Installation', () => {
  it('refuses an agent with 403 and keeps the settings', async () => {
    const db = account('agent');
    const answer = await put({ settings: { routing_rules: 'mine' } });
    expect(answer.status).toBe(403);
    expect(db.installation().settings).toEqual({
      routing_rules: 'r',
      bot_name: 'Ledgerline Bot',
    });
  });

  it('replaces the settings with those sent: one left out is gone', async () => {
    const db = account('admin');
    const answer = await put({ settings: { routing_rules: 'mine' } });
    expect(answer.status).toBe(200);
    expect(db.installation().settings).toEqual({ routing_rules: 'mine' });
  });

  it('answers with the installation at the top level, as the documented example does', async () => {
    account('admin');
    const answer = await put({ settings: { routing_rules: 'mine' } });
    expect(answer.body).toMatchObject({ id: 1001, settings: { routing_rules: 'mine' } });
  });
});
