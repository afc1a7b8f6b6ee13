/**
 * Performance marks that say where a location's load spends its time, read by `npm run bench`
 * beside the painted mark. They stay in the page's own performance timeline: nothing is sent.
 */
export const LOAD_MARKS = {
  /** The bundle has been fetched, parsed and compiled: its first module starts running. */
  evaluating: 'handoff-brief:evaluating',
  /** Every module's top-level code has run: the location starts mounting. */
  scriptRun: 'handoff-brief:script-run',
  /** The SDK has registered with Zendesk: metadata and context are known. */
  registered: 'handoff-brief:zaf-registered',
  /** The ticket sidebar has read the ticket (its preload, begun at registration). */
  ticketRead: 'handoff-brief:ticket-read',
  /** The shell knows the agent and has their language's words. */
  shellReady: 'handoff-brief:shell-ready',
  /** Zendesk has applied the sidebar's first resize: the frame now fits what it shows. */
  sized: 'handoff-brief:frame-sized',
} as const;

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
