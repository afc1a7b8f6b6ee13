// Imported first by each entry, so it runs before any other module of the bundle: the bench
// reads how long the bundle's parse takes (before this mark) and its modules' top-level code
// (from this mark to `handoff-brief:script-run`).
performance.mark('handoff-brief:evaluating');
