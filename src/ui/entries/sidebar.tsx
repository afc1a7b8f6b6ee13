import './mark-evaluating';
// Before every UI import: see sidebar-start.ts.
import { sidebarStarted } from './sidebar-start';
import { mountLocation } from '../app/mount-location';
import { SIDEBAR_ENGLISH } from '../locations/ticket-sidebar/sidebar-english';
import { TicketSidebar } from '../locations/ticket-sidebar/TicketSidebar';

mountLocation(<TicketSidebar />, SIDEBAR_ENGLISH, sidebarStarted);
