import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** Frames to wait for the virtualiser to render and measure the firing row. */
const SETTLE_FRAMES = 60;

/**
 * Scrolls the list to the message that fired the rule, then, once that row is rendered and
 * measured, to its marked words: a long message is taller than the list, and centring the row
 * would leave the evidence out of view.
 */
export function useScrollToFiring(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  scroller: RefObject<HTMLDivElement | null>,
  firing: number,
): () => void {
  const frame = useRef(0);
  const goToFiring = useCallback(() => {
    if (firing < 0) return;
    virtualizer.scrollToIndex(firing, { align: 'center' });
    cancelAnimationFrame(frame.current);
    let frames = 0;
    const settle = () => {
      frames += 1;
      const list = scroller.current;
      const row = list?.querySelector(`[data-index="${firing}"]`);
      if (list && row && !virtualizer.isScrolling) {
        const mark = row.querySelector('mark');
        if (mark === null) return;
        const view = list.getBoundingClientRect();
        const box = mark.getBoundingClientRect();
        if (box.top < view.top || box.bottom > view.bottom) {
          const centred = list.scrollTop + box.top - view.top - (view.height - box.height) / 2;
          virtualizer.scrollToOffset(Math.max(0, centred));
        }
        return;
      }
      if (frames < SETTLE_FRAMES) frame.current = requestAnimationFrame(settle);
    };
    frame.current = requestAnimationFrame(settle);
  }, [firing, virtualizer, scroller]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return goToFiring;
}
