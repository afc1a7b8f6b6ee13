import './mark-evaluating';
import { createTranslator } from '../i18n/translator';
import { SIDEBAR_ENGLISH } from '../locations/ticket-sidebar/sidebar-english';
import { sidebarStarted } from './sidebar-start';

/**
 * The sidebar loads in two parts, both fetched at once (the page preloads the second): this small
 * one connects to Zendesk and starts reading the ticket as soon as it runs, and the UI (React,
 * Garden, the brief) evaluates while Zendesk answers. A UI that cannot load still says so.
 */
function showLoadFailure(): void {
  void sidebarStarted.then((state) => {
    const root = document.getElementById('root');
    if (root === null) return;
    const { t } =
      state.status === 'ready'
        ? state.translator
        : createTranslator('en', SIDEBAR_ENGLISH, SIDEBAR_ENGLISH);
    // Garden's styles are in the chunk that failed: a plain, readable line in the sidebar's font.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.style.cssText =
      'margin:0;padding:12px;font:14px/20px system-ui,-apple-system,"Segoe UI",sans-serif;color:#2f3941';
    message.textContent = t('errors.loadFailed');
    root.replaceChildren(message);
  });
}

// The brief's first paint formats percentages and counts, and ICU loads its number data when the
// renderer builds its first number formatter, whatever the locale (12-15 ms in this Chromium, a
// tenth of a millisecond for any formatter after it): build them once Zendesk has answered, in a
// task of their own while the UI may still be loading, not inside the brief's render.
void sidebarStarted.then((state) => {
  if (state.status !== 'ready') return;
  setTimeout(() => {
    state.translator.formatNumber(0);
    state.translator.formatNumber(0, { style: 'percent', maximumFractionDigits: 0 });
  }, 0);
});

import('./sidebar-view').then(({ mountSidebar }) => mountSidebar(sidebarStarted), showLoadFailure);
