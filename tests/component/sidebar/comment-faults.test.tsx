import { WITH_FIELD_SETTING } from '../../support/zaf-harness';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { TicketSidebar } from '../../../src/ui/locations/ticket-sidebar/TicketSidebar';
import { renderInZendesk } from '../../support/render-app';
import { BRACKETED_COMMENT, TICKET_ID, restCalls, ticketFile } from '../../support/tickets';
import { contextPackage } from '../../support/packages';

const COMMENTS = '*/api/v2/tickets/:id/comments.json';

function renderWithComments(answers: (() => Response)[], contextField?: unknown) {
  let calls = 0;
  const view = renderInZendesk(<TicketSidebar />, {
    tickets: [ticketFile({ comment: BRACKETED_COMMENT, contextField, tags: [] })],
    ticketId: TICKET_ID,
    settings: WITH_FIELD_SETTING,
  });
  // Each request takes the next answer; past the list, the shared demo handlers answer.
  view.harness.use(
    http.get(COMMENTS, () => {
      const answer = answers[calls];
      calls += 1;
      return answer === undefined ? undefined : answer();
    }),
  );
  return view;
}

const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ error: 'Failed' }, { status: code, headers });
const networkError = () => HttpResponse.error();
const commentReads = (calls: readonly { kind: string; detail: string }[]) =>
  restCalls(calls).filter((call) => call.detail.includes('/comments.json'));

beforeEach(() => localStorage.clear());

// The first render in a file pays for jsdom parsing Garden's styles: seconds, not a bug.
describe('reading the first comment when the field is empty', () => {
  it.each([
    [401, 'Your Zendesk session has expired'],
    [403, 'You do not have permission'],
    [404, 'Zendesk could not find what the app asked for'],
  ])('explains a %i once, without retrying or offering a retry', async (code, words) => {
    const { harness } = renderWithComments([status(code)]);
    expect(await screen.findByText('The first comment could not be read')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(words))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(commentReads(harness.calls)).toHaveLength(1);
  });

  it.each([
    ['a 429 with Retry-After', status(429, { 'Retry-After': '0' })],
    ['a 500', status(500)],
    ['a network failure', networkError],
  ])('retries after %s and shows the recovered brief', async (_, first) => {
    const { harness } = renderWithComments([first]);
    expect(await screen.findByText('Brief read from the first comment')).toBeInTheDocument();
    expect(commentReads(harness.calls)).toHaveLength(2);
    expect(screen.queryByText('The first comment could not be read')).toBeNull();
  });

  it.each([
    ['5xx', status(503), /temporary problem \(503\)/],
    ['network failures', networkError, /could not be reached/],
  ])('gives up after three tries of %s, then offers a retry that works', async (_, fail, words) => {
    const { harness } = renderWithComments([fail, fail, fail]);
    expect(await screen.findByText(words, {}, { timeout: 4000 })).toBeInTheDocument();
    expect(commentReads(harness.calls)).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Brief read from the first comment')).toBeInTheDocument();
  });

  it('still shows what a malformed package holds when the comment cannot be read', async () => {
    renderWithComments([status(403)], contextPackage({ conversationId: 42 }));
    expect(await screen.findByText('The first comment could not be read')).toBeInTheDocument();
    expect(screen.getByText(/The bot’s handoff data is damaged/)).toBeInTheDocument();
    expect(screen.getByText('Refunds and billing disputes')).toBeInTheDocument();
  });
});
