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

  it('says the intents cannot be read when no week could be, and reads them on retry', async () => {
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
    const title = await screen.findByText('Some weeks could not be read');
    expect(title.parentElement).toHaveTextContent("Zendesk's last answer:");
    expect(screen.queryByRole('table', { name: /Intents reaching people/ })).toBeNull();
    const panel = screen.getByRole('region', { name: 'Intents falling through to people' });
    expect(panel).toHaveTextContent(
      'No confidence-fallback handoff was found in the weeks that could be read.',
    );
    expect((await ruleRow('Bot had no good answer'))[2]).toBe('—Not read');

    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Read the missing weeks' }));
    const intents = await screen.findByRole('table', { name: /Intents reaching people/ });
    expect(intents).toHaveTextContent(
      `billing.invoice_copy${fallbackIntentCount('billing.invoice_copy')}`,
    );
    await waitFor(() =>
      expect(screen.queryByText('Some weeks could not be read')).not.toBeInTheDocument(),
    );
  });

  it('says where the intents would come from when the context field is unknown', async () => {
    const harness = createZafHarness({ location: 'nav_bar', tickets: HISTORY });
    harness.use(
      http.get('*/api/v2/apps/installations/:id/requirements.json', () =>
        HttpResponse.json({ requirements: [], next_page: null, previous_page: null, count: 0 }),
      ),
    );
    renderInsights({ harness });
    await findRuleTable();
    const panel = screen.getByRole('region', { name: 'Intents falling through to people' });
    expect(panel).toHaveTextContent('The “Handoff context” ticket field was not found');
  });
});
