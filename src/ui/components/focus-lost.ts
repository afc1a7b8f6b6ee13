/**
 * Whether keyboard focus has been dropped: back on the page itself, or still on a control that
 * was just disabled or removed, where keys no longer reach anything. A component that caused it
 * (a Save that disables itself) puts focus somewhere useful instead.
 */
export function isFocusLost(): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body || !active.isConnected) return true;
  return active instanceof HTMLButtonElement && active.disabled;
}
