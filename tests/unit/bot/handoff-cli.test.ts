import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseContextPackage } from '../../../src/core/contract';
import { runHandoff } from '../../../scripts/handoff/run';

const EXAMPLE = 'docs/examples/conversation.json';
const TICKETS_URL = 'https://acme.zendesk.com/api/v2/tickets.json';
const CREDENTIALS = {
  ZENDESK_SUBDOMAIN: 'acme',
  ZENDESK_EMAIL: 'bot@example.com',
  ZENDESK_API_TOKEN: 'secret-token',
  ZENDESK_CONTEXT_FIELD_ID: '900000000001',
};
const BASIC = `Basic ${Buffer.from('bot@example.com/token:secret-token').toString('base64')}`;

const received: unknown[] = [];
const server = setupServer(
  http.post(TICKETS_URL, async ({ request }) => {
    if (request.headers.get('Authorization') !== BASIC)
      return HttpResponse.json({ error: "Couldn't authenticate you" }, { status: 401 });
    const body = (await request.json()) as { ticket?: { custom_fields?: { value?: string }[] } };
    received.push(body);
    const value = body.ticket?.custom_fields?.[0]?.value;
    if (!parseContextPackage(value).ok)
      return HttpResponse.json({ error: 'RecordInvalid' }, { status: 422 });
    return HttpResponse.json({ ticket: { id: 4321 } }, { status: 201 });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  received.length = 0;
});
afterAll(() => server.close());

const folder = mkdtempSync(join(tmpdir(), 'handoff-cli-'));
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runHandoff({
    argv,
    env,
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => new Date('2026-11-20T10:40:00Z'),
    fetch: globalThis.fetch,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run handoff', () => {
  it('prints the decision and the ticket body without credentials, and calls nobody', async () => {
    const { code, out, err } = await run([EXAMPLE]);
    expect(code).toBe(0);
    expect(err).toContain('Hand off: rule "refund"');
    expect(err).toContain('messages[0] says "charged twice"');
    const printed = JSON.parse(out) as {
      decision: { fired: { ruleId: string } };
      ticketBody: { ticket: { tags: string[] } };
    };
    expect(printed.decision.fired.ruleId).toBe('refund');
    expect(printed.ticketBody.ticket.tags).toContain('handoff_rule_refund');
    expect(received).toEqual([]);
  });

  it('creates the ticket with basic token auth and prints its id', async () => {
    const { code, out, err } = await run([EXAMPLE], CREDENTIALS);
    expect(code).toBe(0);
    expect(err).toContain('Created ticket 4321: https://acme.zendesk.com/agent/tickets/4321');
    expect(JSON.parse(out)).toMatchObject({ created: { id: 4321 } });
    expect(received).toMatchObject([
      {
        ticket: {
          subject: expect.stringContaining('charged twice'),
          comment: { public: false, body: expect.stringContaining('] Customer: Hi,') },
          requester: { email: 'ana@example.com' },
          custom_fields: [{ id: 900000000001 }],
          tags: ['handoff', 'handoff_rule_refund', 'handoff_type_keyword'],
        },
      },
    ]);
  });

  it('uses the rules file it is given', async () => {
    const rules = file(
      'rules.json',
      JSON.stringify({
        schema: 'handoff-rules/v1',
        rules: [{ id: 'invoice', type: 'keyword', label: 'Invoices', phrases: ['invoice'] }],
      }),
    );
    const { code, out } = await run([EXAMPLE, '--rules', rules]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ decision: { fired: { ruleId: 'invoice' } } });
  });

  it('prints the decision alone and exits 0 when no rule matches', async () => {
    const quiet = file(
      'quiet.json',
      JSON.stringify({ messages: [{ role: 'customer', text: 'thanks!' }] }),
    );
    const { code, out, err } = await run([quiet], CREDENTIALS);
    expect(code).toBe(0);
    expect(err).toContain('No handoff');
    expect(JSON.parse(out)).toEqual({ decision: { handoff: false, alsoMatched: [] } });
    expect(received).toEqual([]);
  });

  it('names the conversation after the file and stamps the handoff with the current time', async () => {
    const bare = file(
      'bare-chat.json',
      JSON.stringify({ messages: [{ role: 'customer', text: 'refund' }] }),
    );
    const { out } = await run([bare], { ZENDESK_CONTEXT_FIELD_ID: '7' });
    const value = (
      JSON.parse(out) as { ticketBody: { ticket: { custom_fields: { value: string }[] } } }
    ).ticketBody.ticket.custom_fields[0]?.value;
    expect(JSON.parse(value ?? '{}')).toMatchObject({
      conversationId: 'cli-bare-chat',
      handedOffAt: '2026-11-20T10:40:00.000Z',
    });
  });

  it.each([
    [
      'a missing file',
      () => [join(folder, 'absent.json')],
      {},
      /Cannot read .*absent\.json: no such file/,
    ],
    ['no file at all', () => [], {}, /Name the conversation file/],
    ['an unknown option', () => [EXAMPLE, '--rule', 'x'], {}, /Unknown option '--rule'/],
    [
      'a file that is not JSON',
      () => [file('bad.json', '{')],
      {},
      /bad\.json is not a valid conversation:\n.*is not valid JSON/,
    ],
    [
      'an invalid rule set',
      () => [
        EXAMPLE,
        '--rules',
        file(
          'r.json',
          JSON.stringify({
            schema: 'handoff-rules/v1',
            rules: [{ id: 'm', type: 'sentiment', label: 'M' }],
          }),
        ),
      ],
      {},
      /rules\[0\]\.type "sentiment" rules are refused/,
    ],
    [
      'part of the credentials',
      () => [EXAMPLE],
      { ZENDESK_SUBDOMAIN: 'acme' },
      /set ZENDESK_EMAIL and ZENDESK_API_TOKEN too/,
    ],
    [
      'credentials without the field id',
      () => [EXAMPLE],
      { ...CREDENTIALS, ZENDESK_CONTEXT_FIELD_ID: '' },
      /Set ZENDESK_CONTEXT_FIELD_ID/,
    ],
    [
      'a subdomain that is a URL',
      () => [EXAMPLE],
      { ...CREDENTIALS, ZENDESK_SUBDOMAIN: 'https://acme.zendesk.com' },
      /part before \.zendesk\.com/,
    ],
  ] as const)('exits 2 with a clear message on %s', async (_, argv, env, message) => {
    const { code, err } = await run([...argv()], env);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(received).toEqual([]);
  });

  it.each([
    [
      401,
      { error: "Couldn't authenticate you" },
      /refused the credentials \(401\).*ZENDESK_API_TOKEN/,
    ],
    [
      422,
      {
        error: 'RecordInvalid',
        details: { base: [{ description: 'Field 900000000001 is invalid' }] },
      },
      /rejected the ticket \(422\): base: Field 900000000001 is invalid/,
    ],
    [429, { error: 'TooManyRequests' }, /rate limit.*retry after 30 seconds/],
    [503, 'Service Unavailable', /answered 503/],
  ] as const)('exits 1 and explains an HTTP %i from Zendesk', async (status, body, message) => {
    server.use(
      http.post(TICKETS_URL, () =>
        typeof body === 'string'
          ? new HttpResponse(body, { status })
          : HttpResponse.json(body, { status, headers: { 'Retry-After': '30' } }),
      ),
    );
    const { code, err } = await run([EXAMPLE], CREDENTIALS);
    expect(code).toBe(1);
    expect(err).toMatch(message);
  });

  it('exits 1 when Zendesk cannot be reached', async () => {
    server.use(http.post(TICKETS_URL, () => HttpResponse.error()));
    const { code, err } = await run([EXAMPLE], CREDENTIALS);
    expect(code).toBe(1);
    expect(err).toMatch(/Could not reach https:\/\/acme\.zendesk\.com/);
  });

  it('does not create the ticket on --dry-run', async () => {
    const { code } = await run([EXAMPLE, '--dry-run'], CREDENTIALS);
    expect(code).toBe(0);
    expect(received).toEqual([]);
  });

  it('prints its usage on --help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: npm run handoff');
  });

  it('prints passControl metadata for the messaging road, and sends nothing', async () => {
    const { code, out } = await run([EXAMPLE, '--messaging'], {
      ZENDESK_CONTEXT_FIELD_ID: '900000000001',
    });
    expect(code).toBe(0);
    const printed = JSON.parse(out) as {
      passControl: { switchboardIntegration: string; metadata: Record<string, string> };
    };
    const { metadata } = printed.passControl;
    expect(printed.passControl.switchboardIntegration).toBe('zd:agentWorkspace');
    const compact = parseContextPackage(metadata['dataCapture.ticketField.900000000001']);
    expect(compact.ok && compact.value.compact?.messageCount).toBeGreaterThan(0);
    expect(metadata['dataCapture.systemField.tags']?.split(' ')).toContain('handoff_rule_refund');
    expect(Buffer.byteLength(JSON.stringify(metadata))).toBeLessThanOrEqual(4096);
    expect(received).toEqual([]);
  });

  it('refuses --messaging without the context field id, saying which setting is missing', async () => {
    const { code, err, out } = await run([EXAMPLE, '--messaging']);
    expect(code).not.toBe(0);
    expect(err).toContain('--messaging needs ZENDESK_CONTEXT_FIELD_ID');
    expect(out).toBe('');
  });
});
