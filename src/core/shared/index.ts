export * from './result.js';
export * from './guards.js';
