import { connectToZendesk } from '../../zendesk';
import { startShell } from '../app/start-shell';
import { SIDEBAR_ENGLISH } from '../locations/ticket-sidebar/sidebar-english';
import { preloadTicketHandoff } from '../locations/ticket-sidebar/first-load';

/**
 * The sidebar's connection to Zendesk, begun while this module evaluates. The entry imports it
 * before anything of React or Garden, and ES modules run in import order: the handshake and the
 * ticket's batched get are in flight while the rest of the bundle evaluates.
 */
export const sidebarStarted = startShell(SIDEBAR_ENGLISH, connectToZendesk, preloadTicketHandoff);
