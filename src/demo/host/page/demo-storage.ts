import type { DemoInstallation } from '../../db/demo-db';
import type { TicketFile } from '../../zendesk-records';

/**
 * The host page keeps what the app changed (saved rules, verdict tags) across reloads, as a real
 * account would; "Reset demo" forgets it. Keyed by the sample set so a new set starts clean.
 */
export interface StoredDemo {
  readonly tickets: readonly TicketFile[];
  readonly installation: DemoInstallation;
}

function storageKey(tickets: readonly TicketFile[]): string {
  const ids = tickets.map((file) => file.ticket.id).join(',');
  let hash = 0;
  for (let i = 0; i < ids.length; i += 1) hash = (hash * 31 + ids.charCodeAt(i)) | 0;
  return `handoff-brief-demo:v1:${(hash >>> 0).toString(36)}`;
}

export function loadStoredDemo(samples: readonly TicketFile[]): StoredDemo | undefined {
  try {
    const raw = localStorage.getItem(storageKey(samples));
    return raw === null ? undefined : (JSON.parse(raw) as StoredDemo);
  } catch {
    return undefined;
  }
}

export function storeDemo(samples: readonly TicketFile[], demo: StoredDemo): void {
  try {
    localStorage.setItem(storageKey(samples), JSON.stringify(demo));
  } catch {
    // A full or disabled storage only costs persistence across reloads.
  }
}

export function forgetDemo(samples: readonly TicketFile[]): void {
  localStorage.removeItem(storageKey(samples));
}
