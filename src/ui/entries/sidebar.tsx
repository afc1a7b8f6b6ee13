import { mountLocation } from '../app/mount-location';
import { TicketSidebar } from '../locations/ticket-sidebar/TicketSidebar';

mountLocation(<TicketSidebar />);
