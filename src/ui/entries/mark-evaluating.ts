// Imported first by each entry, so it runs before any other module of the bundle: the bench
// reads how long the bundle's parse takes (before this mark) and its modules' top-level code
// (from this mark to the script-run mark).
import { LOAD_MARKS, markOnce } from '../app/load-marks';

markOnce(LOAD_MARKS.evaluating);
