import { inject, onTestFinished } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';

export interface HostOptions {
  readonly ticket?: number;
  readonly role?: 'admin' | 'agent';
  readonly locale?: string;
  readonly location?: 'ticket_sidebar' | 'nav_bar';
  readonly width?: number;
  readonly height?: number;
  /** Reuse a context (and its stored demo state) instead of a fresh one; the caller closes it. */
  readonly context?: BrowserContext;
}

export interface OpenHost {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The app's iframe, once the app has painted something other than its loading state. */
  readonly app: Frame;
  /** What went wrong on the page: console errors, dialogs, requests that left loopback. */
  readonly problems: string[];
  readonly requests: string[];
}

function hostUrl(options: HostOptions = {}): string {
  const url = new URL(inject('demoUrl'));
  if (options.ticket !== undefined) url.searchParams.set('ticket', String(options.ticket));
  if (options.role === 'agent') url.searchParams.set('role', 'agent');
  if (options.locale !== undefined) url.searchParams.set('locale', options.locale);
  if (options.location === 'nav_bar') url.searchParams.set('location', 'nav_bar');
  return url.toString();
}

const LOOPBACK = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

/** Opens the local Zendesk host at a ticket and waits for the app's frame to load. */
export async function openHost(browser: Browser, options: HostOptions = {}): Promise<OpenHost> {
  const context =
    options.context ??
    (await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    }));
  // A context opened here closes when the test ends, passed or failed; a passed-in one is the
  // caller's.
  if (options.context === undefined) onTestFinished(() => context.close());
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    requests.push(request.url());
    if (!LOOPBACK.test(request.url()) && !request.url().startsWith('data:')) {
      problems.push(`request left loopback: ${request.url()}`);
    }
  });
  await page.goto(hostUrl(options));
  const handle = await page.waitForSelector('iframe#app[src]');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('The app iframe has no frame');
  await frame.waitForLoadState('load');
  return { context, page, app: frame, problems, requests };
}
