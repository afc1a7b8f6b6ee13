import { useEffect, type RefObject } from 'react';
import type { ZendeskClient } from '../../../zendesk';
import { LOAD_MARKS, markOnce } from '../../app/load-marks';

/** Never taller than this: past it the sidebar scrolls inside, so one ticket never floods the column. */
const MAX_FRAME_HEIGHT = 800;
const MIN_FRAME_HEIGHT = 120;

function frameHeight(contentHeight: number): number {
  return Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(contentHeight)));
}

/**
 * Keeps the app's iframe as tall as its content: a ResizeObserver on the root, at most one
 * `resize` per animation frame, and none when the capped height did not change. Nothing is sent
 * until `settled`: the frame keeps Zendesk's height while the skeleton shows, so a brief costs one
 * resize, to its own height, rather than one for the skeleton and one for the brief.
 */
export function useAutoResize(
  root: RefObject<HTMLElement | null>,
  client: ZendeskClient,
  settled: boolean,
): void {
  useEffect(() => {
    const element = root.current;
    if (element === null || !settled) return undefined;
    let frame = 0;
    let sent = -1;
    const send = () => {
      frame = 0;
      const height = frameHeight(element.getBoundingClientRect().height);
      if (height === sent) return;
      sent = height;
      client.resize(height).then(
        () => markOnce(LOAD_MARKS.sized),
        // A failed resize leaves the frame as it was; nothing the agent could act on.
        () => undefined,
      );
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(send);
    };
    schedule();
    if (typeof ResizeObserver === 'undefined') return () => cancelAnimationFrame(frame);
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, client, settled]);
}
