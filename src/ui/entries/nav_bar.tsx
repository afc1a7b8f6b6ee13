import { connectToZendesk } from '../../zendesk';
import { mountLocation } from '../app/mount-location';
import { startShell } from '../app/start-shell';
import { NavBar } from '../locations/nav-bar/NavBar';
import { NAV_BAR_ENGLISH } from '../locations/nav-bar/nav-bar-english';

mountLocation(<NavBar />, NAV_BAR_ENGLISH, startShell(NAV_BAR_ENGLISH, connectToZendesk));
