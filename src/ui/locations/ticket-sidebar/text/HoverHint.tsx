import { lazy, Suspense, type ReactElement, type ReactNode } from 'react';

// Garden's Tooltip brings a positioning engine: it loads in its own chunk, started by the first
// hint rendered, so the brief paints without it and its hints are ready by the time anyone hovers.
const Tooltip = lazy(() =>
  import('@zendeskgarden/react-tooltips').then((module) => ({ default: module.Tooltip })),
);

/** A hover and focus hint on `children` (a focusable element); plain `children` until loaded. */
export function HoverHint({ content, children }: { content: ReactNode; children: ReactElement }) {
  return (
    <Suspense fallback={children}>
      <Tooltip content={content} size="large">
        {children}
      </Tooltip>
    </Suspense>
  );
}
