import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordWindows } from '../../../src/core/insights';
import { createRequestPacer } from '../../../src/zendesk/search';
import { createZafHarness, type ZafHarness } from '../../support/zaf-harness';
import {
  expectedRow,
  findRuleTable,
  HISTORY,
  NOW,
  recordingSleep,
  renderInsights,
  resetInsightsCache,
  ruleRow,
} from './support';

beforeEach(() => resetInsightsCache());

const MISSING = '—Not read';
const WINDOWS = recordWindows(NOW);
/** A week well inside the 90 days and outside the last 30. */
const GAP = WINDOWS[3] ?? { start: '', end: '' };

function hitsOf(tag: string): string[] {
  const row = expectedRow(tag);
  return [String(row.days7), String(row.days30), String(row.days90)];
}

/** Searches for the week starting `start` answer `status` while `isFailing()`. */
function failWeek(
  harness: ZafHarness,
  start: string,
  answer: { status: number; headers?: Record<string, string> },
  isFailing: () => boolean,
) {
  const dayBefore = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  harness.use(
    http.get('*/api/v2/search.json', ({ request }) => {
      const query = new URL(request.url).searchParams.get('query') ?? '';
      if (!query.includes(`created>${dayBefore}`) || !isFailing()) return undefined;
      return HttpResponse.json(
        { error: 'stand-in' },
        {
          status: answer.status,
          ...(answer.headers === undefined ? {} : { headers: answer.headers }),
        },
      );
    }),
  );
}

describe('Insights when Zendesk fails some searches', () => {
  it('rides out a 429 with Retry-After and a 500, honouring the wait, with nothing partial', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY });
    let limited = 1;
    let broken = 1;
    failWeek(
      harness,
      GAP.start,
      { status: 429, headers: { 'Retry-After': '1' } },
      () => limited-- > 0,
    );
    failWeek(harness, WINDOWS[5]?.start ?? '', { status: 500 }, () => broken-- > 0);
    const pauses: number[] = [];
    const { waits, sleep } = recordingSleep();
    renderInsights({
      harness,
      insights: { sleep, pacer: createRequestPacer(undefined, (ms) => pauses.push(ms)) },
    });
    expect((await ruleRow('Refunds and billing disputes')).slice(0, 3)).toEqual(
      hitsOf('handoff_rule_refund'),
    );
    expect(pauses).toEqual([1000]);
    expect(waits.length).toBeGreaterThan(0);
    expect(screen.queryByText('Some weeks could not be read')).not.toBeInTheDocument();
  });

  it('blanks the figures that need an unread week, keeps the rest exact, and reads only that week again', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY });
    let failing = true;
    failWeek(harness, GAP.start, { status: 500 }, () => failing);
    const { sleep } = recordingSleep();
    const { seen } = renderInsights({ harness, insights: { sleep, retry: { maxAttempts: 2 } } });

    const title = await screen.findByText('Some weeks could not be read');
    const alert = title.parentElement as HTMLElement;
    expect(alert).toHaveTextContent(/^Some weeks could not be readNot read: \w+ \d+ – \w+ \d+\./);
    expect(alert).toHaveTextContent(
      'A figure that needs those days shows a dash; every other figure is exact.',
    );
    expect(alert).toHaveTextContent("Zendesk's last answer:");
    const refund = await ruleRow(/^Refunds and billing disputes/);
    expect(refund.slice(0, 2)).toEqual(hitsOf('handoff_rule_refund').slice(0, 2));
    expect(refund.slice(2)).toEqual(Array(6).fill(MISSING));
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();

    failing = false;
    seen.queries.length = 0;
    fireEvent.click(within(alert).getByRole('button', { name: 'Read the missing weeks' }));
    await waitFor(() =>
      expect(screen.queryByText('Some weeks could not be read')).not.toBeInTheDocument(),
    );
    expect((await ruleRow('Refunds and billing disputes')).slice(0, 3)).toEqual(
      hitsOf('handoff_rule_refund'),
    );
    expect(seen.queries).toHaveLength(1);
    await findRuleTable();
  });
});
