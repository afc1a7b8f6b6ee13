/**
 * How the local host frames the app. Zendesk does not document the `sandbox` or `allow`
 * attributes of its app iframes (docs/decisions/004-zendesk-behaviours-we-rely-on.md), so the
 * host grants only what Zendesk's own public app code shows working: scripts, its own origin,
 * forms, and pop-ups (zendesk/demo_apps opens windows with window.open). Downloads and the
 * Clipboard API are not granted, so the app must never depend on them.
 * @internal Exported only for tests: the browser tests compare the host's frame with this list.
 */
export const APP_FRAME_SANDBOX = [
  'allow-scripts',
  'allow-same-origin',
  'allow-forms',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
] as const;

/** Frames the app as above; the attributes must be set before the frame navigates. */
export function frameApp(iframe: HTMLIFrameElement, src: string): void {
  iframe.setAttribute('sandbox', APP_FRAME_SANDBOX.join(' '));
  iframe.removeAttribute('allow');
  iframe.src = src;
}
