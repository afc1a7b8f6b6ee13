import { LoadingState } from '../../components/LoadingState';

export function NavBar() {
  return <LoadingState />;
}
