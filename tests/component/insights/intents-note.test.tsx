import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createZafHarness } from '../../support/zaf-harness';
import { expectedRow, HISTORY, renderInsights, resetInsightsCache } from './support';

beforeEach(() => resetInsightsCache());

describe('the note above the fallback’s intents', () => {
  it.each([
    ['en-US', (n: number) => `read from all ${n} such tickets in 90 days.`],
    ['de', (n: number) => `gelesen aus allen ${n} solchen Tickets in 90 Tagen.`],
    ['ja', (n: number) => `90日間の該当チケット${n}件すべてから読み取りました。`],
  ] as const)(
    'says in %s that every fallback ticket was read, not “the newest n of n”',
    async (locale, words) => {
      const harness = createZafHarness({
        location: 'nav_bar',
        tickets: HISTORY,
        role: 'admin',
        locale,
      });
      renderInsights({ harness });
      const fallback = expectedRow('handoff_rule_no_answer').days90;
      expect(await screen.findByText(words(fallback), { exact: false })).toBeVisible();
    },
  );
});
