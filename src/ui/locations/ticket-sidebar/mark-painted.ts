import { useEffect } from 'react';
import { markOnce } from '../../app/load-marks';

/**
 * The performance mark `npm run bench` reads: the first brief (or state) the agent sees.
 * @internal Exported only for tests: tests check the mark the bench reads.
 */
export const PAINTED_MARK = 'handoff-brief:painted';

/** Marks the frame that first shows something other than the skeleton, once per page. */
export function useMarkPainted(isShown: boolean): void {
  useEffect(() => {
    if (!isShown) return undefined;
    // The callback runs just before that frame paints, as the empty app's first-render mark does.
    const frame = requestAnimationFrame(() => markOnce(PAINTED_MARK));
    return () => cancelAnimationFrame(frame);
  }, [isShown]);
}
