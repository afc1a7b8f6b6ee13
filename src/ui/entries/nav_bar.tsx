import { mountLocation } from '../app/mount-location';
import { NavBar } from '../locations/nav-bar/NavBar';

mountLocation(<NavBar />);
