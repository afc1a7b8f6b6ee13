import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createdWithin,
  expectedRow,
  findRuleTable,
  renderInsights,
  resetInsightsCache,
  ruleRow,
  tagged,
} from './support';
import { parseCsv } from '../../support/parse-csv';

interface Download {
  readonly fileName: string;
  readonly blob: Blob;
}

/**
 * jsdom has no Blob URLs and cannot follow a download link: record what the page hands the
 * browser (the Blob, the link's file name) and stop the link before jsdom tries to navigate.
 */
function captureDownloads(): { downloads: Download[]; restore: () => void } {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:insights/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  const onClick = (event: MouseEvent) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || link.download === '') return;
    event.preventDefault();
    const blob = blobs.get(link.getAttribute('href') ?? '');
    if (blob !== undefined) downloads.push({ fileName: link.download, blob });
  };
  document.addEventListener('click', onClick, true);
  return {
    downloads,
    restore: () => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      document.removeEventListener('click', onClick, true);
    },
  };
}

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  resetInsightsCache();
  capture = captureDownloads();
});
afterEach(() => capture.restore());

describe('the CSV export of the per-rule table', () => {
  it('downloads the numbers the page shows, headed in words, named by day', async () => {
    renderInsights();
    await findRuleTable();
    const shown = await ruleRow('Refunds and billing disputes');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export figures as CSV' });
    // The text to copy is the file's text, for a frame that refuses downloads.
    const offered = within(dialog).getByTestId('csv-text');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download file' }));
    await waitFor(() => expect(capture.downloads).toHaveLength(1));
    const [download] = capture.downloads;
    expect(download?.fileName).toBe('handoff-brief-insights-2026-11-26.csv');
    expect(download?.blob.type).toBe('text/csv;charset=utf-8');
    const text = (await download?.blob.text()) ?? '';
    expect(text.replace(/^\uFEFF/, '')).toBe(offered.textContent);
    const rows = parseCsv(text);

    expect(rows[0]).toEqual([
      'Row',
      'Rule ID',
      'Rule',
      'Trigger type (code)',
      'Trigger type',
      'Enabled',
      'Hits, 7 days',
      'Hits, 30 days',
      'Hits, 90 days',
      'Share of handoffs, 90 days (%)',
      'Needed',
      'Unneeded',
      'Judged',
      'Precision (%)',
      'Complete',
      'Period start (UTC)',
      'Period end (UTC)',
      'Counted at',
    ]);
    const refund = rows.find((row) => row[1] === 'refund') ?? [];
    expect(refund.slice(0, 6)).toEqual([
      'Rule',
      'refund',
      'Refunds and billing disputes',
      'keyword',
      'Keyword',
      'yes',
    ]);
    expect(refund.slice(14)).toEqual([
      'yes',
      '2026-08-29',
      '2026-11-26',
      '2026-11-26T15:00:00.000Z',
    ]);
    const expected = expectedRow('handoff_rule_refund');
    const judged = expected.needed + expected.unneeded;
    expect(refund.slice(6, 14)).toEqual([
      String(expected.days7),
      String(expected.days30),
      String(expected.days90),
      shown[3]?.replace('%', ''),
      String(expected.needed),
      String(expected.unneeded),
      String(judged),
      shown[7]?.replace(/%.*$/, ''),
    ]);
    // The rule that left the set is a row as on the page, and the rows add up to the total.
    expect(rows.find((row) => row[1] === 'access')?.slice(0, 3)).toEqual([
      'No longer in the set',
      'access',
      'Account access',
    ]);
    const total = rows.at(-1) ?? [];
    expect(total.slice(0, 3)).toEqual(['Total', '', 'All handoffs']);
    expect(total.slice(6, 9)).toEqual([
      String(createdWithin(7, tagged('handoff')).length),
      String(createdWithin(30, tagged('handoff')).length),
      String(createdWithin(90, tagged('handoff')).length),
    ]);
    const sum = rows.slice(1, -1).reduce((n, row) => n + Number(row[8]), 0);
    expect(sum).toBe(Number(total[8]));
  });

  it('leaves precision blank where the page says “not enough verdicts”', async () => {
    renderInsights();
    await findRuleTable();
    expect((await ruleRow('Legal and compliance'))[7]).toMatch(/^Not enough verdicts/);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export figures as CSV' });
    const rows = parseCsv(within(dialog).getByTestId('csv-text').textContent ?? '');
    const legal = rows.find((row) => row[1] === 'legal') ?? [];
    expect(legal[12]).not.toBe('');
    expect(legal[13]).toBe('');
  });
});
