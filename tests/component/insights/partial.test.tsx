import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createZafHarness, type ZafHarness } from '../../support/zaf-harness';
import {
  expectedRow,
  findRuleTable,
  HISTORY,
  recordingSleep,
  renderInsights,
  resetInsightsCache,
  ruleRow,
} from './support';

beforeEach(() => resetInsightsCache());

const MISSING = '—Not loaded';

function rowOf(tag: string): string[] {
  const row = expectedRow(tag);
  return [String(row.days7), String(row.days30), String(row.days90)];
}

/** Count queries matching `pattern` answer `status` while `isFailing()`; the rest pass through. */
function failCounts(
  harness: ZafHarness,
  rules: readonly { pattern: RegExp; status: number; headers?: Record<string, string> }[],
  isFailing: () => boolean,
) {
  harness.use(
    http.get('*/api/v2/search/count.json', ({ request }) => {
      const query = new URL(request.url).searchParams.get('query') ?? '';
      const rule = rules.find((candidate) => candidate.pattern.test(query));
      if (rule === undefined || !isFailing()) return undefined;
      return HttpResponse.json(
        { error: rule.status === 429 ? 'TooManyRequests' : 'InternalError' },
        { status: rule.status, ...(rule.headers === undefined ? {} : { headers: rule.headers }) },
      );
    }),
  );
}

describe('Insights when Zendesk fails some counts', () => {
  it('rides out a 429 with Retry-After and a 500, honouring the wait, with nothing partial', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY });
    let failures = 2;
    failCounts(
      harness,
      [
        { pattern: /handoff_rule_refund/, status: 429, headers: { 'Retry-After': '3' } },
        { pattern: /handoff_type_keyword/, status: 500 },
      ],
      () => failures-- > 0,
    );
    const { waits, sleep } = recordingSleep();
    renderInsights({ harness, insights: { sleep } });
    expect((await ruleRow('Refunds and billing disputes')).slice(0, 3)).toEqual(
      rowOf('handoff_rule_refund'),
    );
    expect(waits).toEqual(expect.arrayContaining([3000]));
    expect(screen.queryByText('Some figures are partial')).not.toBeInTheDocument();
  });

  it('shows partial figures marked partial, then complete ones after a retry, never an error page', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY });
    let failing = true;
    failCounts(
      harness,
      [
        { pattern: /handoff_rule_refund/, status: 429, headers: { 'Retry-After': '2' } },
        { pattern: /handoff_type_keyword/, status: 500 },
      ],
      () => failing,
    );
    const { waits, sleep } = recordingSleep();
    const { seen } = renderInsights({ harness, insights: { sleep, retry: { maxAttempts: 2 } } });

    await screen.findByText('Some figures are partial');
    const alert = screen.getByText('Some figures are partial').parentElement;
    expect(alert).toHaveTextContent('6 counts could not be loaded.');
    expect(alert).toHaveTextContent(
      '“Refunds and billing disputes” (last 7 days, last 30 days, last 90 days, needed verdicts, unneeded verdicts); Trigger types (Keyword)',
    );
    expect(alert).toHaveTextContent("Zendesk's last answer:");
    expect(waits).toEqual(expect.arrayContaining([2000]));

    const refund = await ruleRow(/^Refunds and billing disputes/);
    expect(refund).toEqual(Array(8).fill(MISSING));
    expect((await ruleRow('Asked for a person')).slice(0, 3)).toEqual(rowOf('handoff_rule_human'));
    expect(await ruleRow(/^Refunds and billing disputes\s*Partial/)).toHaveLength(8);
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();

    failing = false;
    seen.queries.length = 0;
    fireEvent.click(screen.getByRole('button', { name: 'Retry missing figures' }));
    await waitFor(() =>
      expect(screen.queryByText('Some figures are partial')).not.toBeInTheDocument(),
    );
    expect((await ruleRow('Refunds and billing disputes')).slice(0, 3)).toEqual(
      rowOf('handoff_rule_refund'),
    );
    // Only the six missing counts were asked for again.
    expect(seen.queries).toHaveLength(6);
    await findRuleTable();
  });
});
