import { LoadingState } from '../../components/LoadingState';

export function TicketSidebar() {
  return <LoadingState />;
}
