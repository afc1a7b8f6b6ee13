/**
 * handoff-brief-core, what a bot installs: the context package contract (parse, JSON Schema),
 * the routing rules (parse, evaluate, the defaults, the tags) and the bot side of both handoff
 * roads (a ticket body, or Sunshine Conversations passControl metadata). Pure TypeScript: no
 * I/O, no runtime dependencies.
 */
export * from './contract/index.js';
export * from './routing/index.js';
export * from './bot/index.js';
