import { mountLocation } from '../app/mount-location';
import type { ShellState } from '../app/start-shell';
import { SIDEBAR_ENGLISH } from '../locations/ticket-sidebar/sidebar-english';
import { TicketSidebar } from '../locations/ticket-sidebar/TicketSidebar';

/** React, Garden and the sidebar's UI: the part of the first load that need not wait for Zendesk. */
export function mountSidebar(started: Promise<ShellState>): void {
  mountLocation(<TicketSidebar />, SIDEBAR_ENGLISH, started);
}
