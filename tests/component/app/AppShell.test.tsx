import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useZendesk } from '../../../src/ui/app/zendesk-context';
import { AppShell } from '../../../src/ui/app/AppShell';
import { ZendeskFailure } from '../../../src/zendesk';
import { renderInZendesk } from '../../support/render-app';
import en from '../../../translations/en.json';

function WhoAmI() {
  const { currentUser, context } = useZendesk();
  return (
    <p>
      {currentUser.name}/{currentUser.role}/{context.location}
    </p>
  );
}

describe('the app shell', () => {
  it('shows a loading state first, then the location with the current user', async () => {
    renderInZendesk(<WhoAmI />, { role: 'agent', location: 'nav_bar' });
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(await screen.findByText('Priya Natarajan/agent/nav_bar')).toBeInTheDocument();
  });

  it('explains, instead of rendering nothing, when opened outside Zendesk', async () => {
    render(
      <AppShell english={en} connect={() => new ZendeskFailure({ kind: 'not_in_zendesk' })}>
        <WhoAmI />
      </AppShell>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/runs inside Zendesk/);
  });

  it('sets the document language and direction from the agent locale', async () => {
    renderInZendesk(<WhoAmI />, { locale: 'he' });
    await screen.findByText(/Sam Lee/);
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('he');
  });

  it('offers a retry after a timeout and recovers', async () => {
    let dropping = true;
    renderInZendesk(<WhoAmI />, { drop: (call) => dropping && call.kind === 'get', timeoutMs: 30 });
    const retry = await screen.findByRole('button', { name: 'Try again' });
    dropping = false;
    retry.click();
    expect(await screen.findByText('Sam Lee/admin/ticket_sidebar')).toBeInTheDocument();
  });
});
