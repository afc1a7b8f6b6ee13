export * from './result.js';
export * from './guards.js';
export { capitalized } from './capitalized.js';
export { intentName } from './intent-name.js';
export { FieldReader, defined, type ExpectedKind } from './field-reader.js';
export { wordLikeSegments, wordSegmenter } from './word-segmenter.js';
