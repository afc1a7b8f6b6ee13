export * from './result.js';
export * from './guards.js';
export { intentName } from './intent-name.js';
