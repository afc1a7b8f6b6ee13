import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createZafHarness, DEFAULT_SETTINGS } from '../../support/zaf-harness';
import {
  fallbackIntentCount,
  findRuleTable,
  HISTORY,
  recordingSleep,
  renderInsights,
  resetInsightsCache,
  ruleRow,
} from './support';

beforeEach(() => resetInsightsCache());

describe('Insights around its edges', () => {
  it('counts the default rules, saying so, when the saved rules cannot be read', async () => {
    const harness = createZafHarness({
      location: 'nav_bar',
      tickets: HISTORY,
      settings: { ...DEFAULT_SETTINGS, routing_rules: '{"schema":"handoff-rules/v1","rules":7}' },
    });
    renderInsights({ harness });
    expect(
      await screen.findByText(/The saved routing rules could not be read/),
    ).toBeInTheDocument();
    expect(await ruleRow('Bot had no good answer')).toHaveLength(8);
  });

  it('marks the fallback intents partial when their tickets cannot be read, and reads them on retry', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY });
    let failing = true;
    harness.use(
      http.get('*/api/v2/search.json', () =>
        failing ? HttpResponse.json({ error: 'InternalError' }, { status: 503 }) : undefined,
      ),
    );
    const { sleep } = recordingSleep();
    renderInsights({ harness, insights: { sleep, retry: { maxAttempts: 1 } } });
    await findRuleTable();
    const title = await screen.findByText('Some figures are partial');
    expect(title.parentElement).toHaveTextContent("The fallback's tickets could not be read.");
    expect(title.parentElement).toHaveTextContent('Missing: Fallback intents');
    expect(screen.queryByRole('table', { name: /Intents reaching people/ })).toBeNull();
    const panel = screen.getByRole('region', { name: 'Intents falling through to people' });
    expect(panel).toHaveTextContent("The fallback's tickets could not be read.");
    expect(panel).not.toHaveTextContent('has not handed off');

    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry missing figures' }));
    const intents = await screen.findByRole('table', { name: /Intents reaching people/ });
    expect(intents).toHaveTextContent(
      `billing.invoice_copy${fallbackIntentCount('billing.invoice_copy')}`,
    );
    await waitFor(() =>
      expect(screen.queryByText('Some figures are partial')).not.toBeInTheDocument(),
    );
  });
});
