import { readdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { parseContextPackage } from '../../../src/core/contract';
import { DEMO_ACCOUNT } from '../../../src/demo/demo-account';
import { loadTicketFolder } from '../../../src/demo/tickets/load-ticket-folder';
import type { TicketFile } from '../../../src/demo/zendesk-records';
import { LOAD_MARKS } from '../../../src/ui/app/load-marks';
import { PAINTED_MARK } from '../../../src/ui/locations/ticket-sidebar/mark-painted';
const FIXTURES = 'tests/fixtures/tickets';

export interface Sample {
  readonly id: number;
  readonly fileName: string;
  readonly file: TicketFile;
  /** The context field's package, when it is a valid one. */
  readonly transcriptLength: number | undefined;
}

/** The sample tickets, with what the tests need to pick one by what it shows. */
export function loadSamples(): Sample[] {
  const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
  return loadTicketFolder(FIXTURES).tickets.map((file) => {
    const id = file.ticket.id;
    const field = file.ticket.custom_fields.find((f) => f.id === DEMO_ACCOUNT.contextFieldId);
    const parsed = field?.value == null ? undefined : parseContextPackage(field.value);
    return {
      id,
      fileName: names.find((name) => name.startsWith(`${id}-`)) ?? String(id),
      file,
      transcriptLength: parsed?.ok === true ? parsed.value.transcript.length : undefined,
    };
  });
}

export function sampleNamed(samples: readonly Sample[], pattern: RegExp): Sample {
  const found = samples.find((sample) => pattern.test(sample.fileName));
  if (found === undefined) throw new Error(`No sample ticket file matches ${String(pattern)}`);
  return found;
}

/**
 * The app's frame once it has painted its first brief or state and Zendesk has sized the frame to
 * it: what the agent sees a moment after opening the ticket, and what "above the fold" means.
 */
export async function paintedApp(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#app[src]');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('The app iframe has no frame');
  await frame.waitForFunction(
    (marks) => marks.every((mark) => performance.getEntriesByName(mark, 'mark').length > 0),
    [PAINTED_MARK, LOAD_MARKS.sized],
    { timeout: 20_000 },
  );
  return frame;
}

/** The frame's box in the page: what an agent sees of the sidebar without scrolling. */
export async function frameBox(page: Page) {
  const box = await page.locator('iframe#app').boundingBox();
  if (box === null) throw new Error('The app iframe is not laid out');
  return box;
}

/** `selector` inside the app lies wholly within the frame and the page's viewport. */
export async function expectVisibleWithoutScrolling(
  page: Page,
  frame: Frame,
  selector: string,
): Promise<void> {
  const outer = await frameBox(page);
  const viewport = page.viewportSize();
  const box = await frame.locator(selector).first().boundingBox();
  expect(box, `${selector} is laid out`).not.toBeNull();
  if (box === null || viewport === null) return;
  const bottom = Math.min(outer.y + outer.height, viewport.height);
  expect(box.y, `${selector} starts inside the frame`).toBeGreaterThanOrEqual(outer.y - 0.5);
  expect(box.y + box.height, `${selector} ends above the fold`).toBeLessThanOrEqual(bottom + 0.5);
  expect(box.x, `${selector} starts inside the frame`).toBeGreaterThanOrEqual(outer.x - 0.5);
  expect(box.x + box.width, `${selector} fits the frame's width`).toBeLessThanOrEqual(
    outer.x + outer.width + 0.5,
  );
}

/** Nothing in the app is wider than the 320 px frame. */
export async function horizontalOverflow(frame: Frame): Promise<number> {
  return frame.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
