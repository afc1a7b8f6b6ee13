import './mark-evaluating';
import { mountLocation } from '../app/mount-location';
import { SIDEBAR_ENGLISH } from '../locations/ticket-sidebar/sidebar-english';
import { TicketSidebar } from '../locations/ticket-sidebar/TicketSidebar';
import { preloadTicketHandoff } from '../locations/ticket-sidebar/use-ticket-handoff';

mountLocation(<TicketSidebar />, SIDEBAR_ENGLISH, preloadTicketHandoff);
