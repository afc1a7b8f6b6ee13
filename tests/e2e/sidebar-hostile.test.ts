import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src/demo/server/demo-server';
import type { TicketFile } from '../../src/demo/zendesk-records';
import { launchChromium } from '../support/e2e/browser';
import { paintedApp } from '../support/e2e/sidebar-helpers';
import {
  commentTickets,
  editorTicket,
  fieldCarrying,
  loadPayloads,
  marker,
  sizeTickets,
  writeTicketFolder,
  type HostilePayload,
} from '../support/e2e/sidebar-hostile-tickets';

const LOOPBACK = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;
/** Elements customer text could only produce by being parsed as HTML. */
const MARKUP =
  'img, script, iframe, frame, object, embed, video, audio, source, link, style, meta, base, form, input, textarea, select, math, svg:not([aria-hidden="true"])';
const CHUNK = 25;
const PER_COMMENT = 12;

const payloads = loadPayloads();
const EDITOR_ID = 30_000;
const COMMENT_IDS = 31_000;
const SIZE_IDS = 40_000;
const comments = commentTickets(payloads, COMMENT_IDS, PER_COMMENT);
const sizes = sizeTickets(SIZE_IDS);

interface Session {
  readonly server: DemoServer;
  readonly folder: string;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
}

let browser: Browser;
let closeBrowser: () => Promise<void>;
const sessions: Session[] = [];

/** A second demo server on its own ticket folder, and a page that records every problem. */
async function openSession(files: readonly TicketFile[]): Promise<Session> {
  const folder = writeTicketFolder(files);
  const server = await startDemoServer({
    port: 0,
    appDir: 'dist',
    hostDir: 'tmp/demo-host',
    ticketsDir: folder,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!LOOPBACK.test(url) && !url.startsWith('data:')) problems.push(`request: ${url}`);
  });
  const session = { server, folder, context, page, problems };
  sessions.push(session);
  return session;
}

async function openTicket(session: Session, id: number): Promise<Frame> {
  await session.page.goto(`${session.server.url}?ticket=${id}`);
  const app = await paintedApp(session.page);
  await openTranscript(app);
  return app;
}

async function openTranscript(app: Frame): Promise<void> {
  const show = app.getByRole('button', { name: /Show full transcript/ });
  if ((await show.count()) === 0) return;
  await show.click();
  await app.locator('[data-region="transcript"]').waitFor();
}

/** What the sidebar made of the ticket, gathered inside its frame. */
async function inspect(app: Frame) {
  return app.evaluate((markup) => {
    const root = document.querySelector('[data-app="ticket-sidebar"]');
    if (root === null) return undefined;
    const all = [...root.querySelectorAll('*')];
    return {
      markup: root.querySelectorAll(markup).length,
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      hrefs: all.flatMap((el) => (el.hasAttribute('href') ? [el.getAttribute('href') ?? ''] : [])),
      pageLinks: root.querySelectorAll('[data-section="page"] a').length,
      pwned: (window as { __pwned?: unknown }).__pwned !== undefined,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  }, MARKUP);
}

/** An independent oracle for "may be a link": the browser's own URL parser says http(s). */
function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

async function expectInert(session: Session, app: Frame, label: string, payload?: string) {
  const found = await inspect(app);
  expect(found, `${label}: the sidebar rendered`).toBeDefined();
  if (found === undefined) return;
  expect(found.markup, `${label}: elements parsed from text`).toBe(0);
  expect(found.handlers, `${label}: event handler attributes`).toBe(0);
  expect(found.pwned, `${label}: a payload ran`).toBe(false);
  expect(found.overflow, `${label}: wider than the frame`).toBeLessThanOrEqual(0);
  for (const href of found.hrefs) expect(href, label).toMatch(/^https?:\/\//i);
  if (payload !== undefined && !isHttpUrl(payload.trim())) {
    expect(found.pageLinks, `${label}: page URL linked`).toBe(0);
  }
  expect(session.problems, label).toEqual([]);
}

/** Writes a payload's package into the ticket's context field through the host's editor. */
async function putInField(
  session: Session,
  app: Frame,
  index: number,
  broken: boolean,
  text: string,
) {
  await session.page.evaluate(
    (value) => {
      const editor = document.getElementById('context-field') as HTMLTextAreaElement;
      editor.value = value;
      document.getElementById('apply-field')?.click();
    },
    fieldCarrying(text, index, broken),
  );
  await app.waitForFunction(
    ({ mark, malformed }) =>
      (document.querySelector('[data-section="reason"]')?.textContent ?? '').includes(mark) &&
      (document.querySelector('[data-state="malformed"]') !== null) === malformed,
    { mark: marker(index), malformed: broken },
  );
}

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
});

afterAll(async () => {
  for (const session of sessions) {
    await session.context.close();
    await session.server.close();
    rmSync(session.folder, { recursive: true, force: true });
  }
  await closeBrowser();
});

describe('the sidebar against a hostile content corpus', () => {
  it('holds at least 100 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
  });

  let editor: { session: Session; app: Frame } | undefined;
  const chunks = Array.from({ length: Math.ceil(payloads.length / CHUNK) }, (_, i) => i * CHUNK);
  it.each(chunks)(
    'renders payloads %i+ in every package field as inert text, valid and malformed',
    async (start) => {
      if (editor === undefined) {
        const session = await openSession([editorTicket(EDITOR_ID)]);
        editor = { session, app: await openTicket(session, EDITOR_ID) };
      }
      const { session, app } = editor;
      const chunk: [number, HostilePayload][] = payloads
        .slice(start, start + CHUNK)
        .map((payload, offset) => [start + offset, payload]);
      for (const [index, { category, text }] of chunk) {
        const label = `#${index} ${category}: ${text.slice(0, 60)}`;
        for (const broken of [false, true]) {
          await putInField(session, app, index, broken, text);
          await expectInert(session, app, `${label}${broken ? ' (malformed)' : ''}`, text);
        }
      }
    },
  );

  let commentSession: Session | undefined;
  it.each(comments.map((file, i) => [i * PER_COMMENT, file.ticket.id] as const))(
    'renders payloads %i+ recovered from a first comment as inert text',
    async (start, id) => {
      commentSession ??= await openSession(comments);
      const app = await openTicket(commentSession, id);
      expect(await app.locator('[data-state="recovered"]').count()).toBe(1);
      await expectInert(commentSession, app, `comment with payloads ${start}+`);
    },
  );

  let sizeSession: Session | undefined;
  it.each(sizes.map((size) => [size.shows, size.id] as const))(
    'renders %s without freezing or breaking',
    async (shows, id) => {
      sizeSession ??= await openSession(sizes.map((size) => size.file));
      const app = await openTicket(sizeSession, id);
      await expectInert(sizeSession, app, shows);
      // Still responsive: the verdict answers a click at once.
      const verdict = app.getByRole('button', { name: 'Handoff was needed' });
      await verdict.click();
      await expect.poll(() => verdict.getAttribute('aria-pressed')).toBe('true');
    },
  );
});
