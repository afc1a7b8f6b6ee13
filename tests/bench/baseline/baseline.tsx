// The floor every sidebar pays: the SDK, React 18 and Garden's
// ThemeProvider, Button, Typography and Well, built exactly like the app. Not shipped.
import { Button } from '@zendeskgarden/react-buttons';
import { Well } from '@zendeskgarden/react-notifications';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import { createRoot } from 'react-dom/client';
import ZAFClient from 'zendesk_app_framework_sdk';

const client = ZAFClient.init();
const container = document.getElementById('root');
if (container !== null) {
  createRoot(container).render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <Well>
        <SM>{client === false ? 'no client' : 'ready'}</SM>
        <Button size="small">ok</Button>
      </Well>
    </ThemeProvider>,
  );
  requestAnimationFrame(() => performance.mark('first-render'));
}
